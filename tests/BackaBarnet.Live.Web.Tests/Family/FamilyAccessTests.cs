using System.Net;
using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests.Family;

/// <summary>A family member reaches their own child's meetings and plan, and nothing else: not another child's, not the professionals' doors.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class FamilyAccessTests(LiveSystem system)
{
    [Fact]
    public async Task AGuardianOfAReadsAsMeetingButNotBsMeetingOrPlan()
    {
        var (a, b) = await TwoFamiliesAsync();
        using var guardianOfA = await FamilyMember.SignInAsync(system.BaseAddress, a.ChildId, FamilyRelation.Guardian);

        var own = await guardianOfA.Http.GetAsync($"/api/family/meetings/{a.SessionId}?childId={a.ChildId}");
        var othersAsOthers = await guardianOfA.Http.GetAsync($"/api/family/meetings/{b.SessionId}?childId={b.ChildId}");
        var othersAsOwn = await guardianOfA.Http.GetAsync($"/api/family/meetings/{b.SessionId}?childId={a.ChildId}");
        var othersPlan = await guardianOfA.Http.GetAsync($"/api/family/meetings/{b.SessionId}/plan?childId={b.ChildId}");
        var othersPdf = await guardianOfA.Http.GetAsync($"/api/family/meetings/{b.SessionId}/plan.pdf?childId={b.ChildId}");

        await own.EnsureSuccessAsync();
        Assert.Equal(HttpStatusCode.Forbidden, othersAsOthers.StatusCode);
        Assert.Contains("access.family-own-child-only", await othersAsOthers.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, othersAsOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, othersPlan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, othersPdf.StatusCode);
    }

    [Fact]
    public async Task AGuardianOfACannotJoinBsMeetingOnTheHub()
    {
        var (a, b) = await TwoFamiliesAsync();
        using var guardianOfA = await FamilyMember.SignInAsync(system.BaseAddress, a.ChildId, FamilyRelation.Guardian);
        await using var hub = await guardianOfA.ConnectAsync();

        var joined = await hub.InvokeAsync<FamilyMeetingView>("JoinMeeting", a.SessionId, a.ChildId);
        var asOthers = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<FamilyMeetingView>("JoinMeeting", b.SessionId, b.ChildId));
        var asOwn = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<FamilyMeetingView>("JoinMeeting", b.SessionId, a.ChildId));
        var rateOthers = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<object>("SubmitRatings", b.SessionId, b.ChildId, Array.Empty<object>()));

        Assert.Equal(a.ChildId, joined.Child.ChildId);
        Assert.Contains("access.family-own-child-only", asOthers.Message, StringComparison.Ordinal);
        Assert.Contains("access.participant-only", asOwn.Message, StringComparison.Ordinal);
        Assert.Contains("access.family-own-child-only", rateOthers.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFamilySessionOpensNoProfessionalDoor()
    {
        var (a, _) = await TwoFamiliesAsync();
        using var guardian = await FamilyMember.SignInAsync(system.BaseAddress, a.ChildId, FamilyRelation.Guardian);

        var record = await guardian.Http.GetAsync($"/api/children/{a.ChildId}");
        var session = await guardian.Http.GetAsync($"/api/sessions/{a.SessionId}");
        var hub = await Assert.ThrowsAnyAsync<Exception>(() => guardian.ConnectAsync(LiveHub.Path));

        Assert.Equal(HttpStatusCode.Forbidden, record.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, session.StatusCode);
        Assert.Contains("403", hub.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFamilyReadIsAuditedWithTheFamilyRelation()
    {
        var (a, b) = await TwoFamiliesAsync();
        using var guardian = await FamilyMember.SignInAsync(system.BaseAddress, a.ChildId, FamilyRelation.Guardian, guardianNumber: 2);
        using var auditor = await system.SignInAsync("karin-revisor");

        await (await guardian.Http.GetAsync($"/api/family/meetings/{a.SessionId}?childId={a.ChildId}")).EnsureSuccessAsync();
        await guardian.Http.GetAsync($"/api/family/meetings/{b.SessionId}?childId={b.ChildId}");

        await Eventually.HoldsAsync(async () =>
        {
            var own = await auditor.Http.GetStringAsync($"/api/audit/children/{a.ChildId}");
            var other = await auditor.Http.GetStringAsync($"/api/audit/children/{b.ChildId}");
            return own.Contains("as guardian 2 of the child", StringComparison.Ordinal)
                && other.Contains("no family relation to the child", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(5), "the family read and the refusal to be audited");
    }

    [Fact]
    public async Task TheFamilyDevSignInRefusesAGuardianTheRecordDoesNotHave()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        var child = await erik.RegisterChildAsync("Utan vårdnadshavare", FamilyMeetings.Convener);
        using var anonymous = system.AnonymousClient();

        var refused = await anonymous.PostAsJsonAsync("/api/dev/family/sign-in", new { childId = child.ChildId, relation = "Guardian", guardianNumber = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("guardianNumber", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(FamilyMeetings A, FamilyMeetings B)> TwoFamiliesAsync()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        using var nurse = await system.SignInAsync("anna-bvc");
        return (await FamilyMeetings.CreateAsync(erik, nurse, "Ivar"), await FamilyMeetings.CreateAsync(erik, nurse, "Signe"));
    }
}
