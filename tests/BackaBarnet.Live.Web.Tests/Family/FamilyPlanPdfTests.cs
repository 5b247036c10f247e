using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using UglyToad.PdfPig;

namespace BackaBarnet.Live.Web.Tests.Family;

/// <summary>"Barnets plan" as a PDF printed by headless chromium: the shared goals and actions are in its text, no personnummer and nothing unshared is.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class FamilyPlanPdfTests(LiveSystem system)
{
    [Fact]
    public async Task ThePlanPdfHasTheGoalsAndActionsAndNoPersonnummer()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        using var nurse = await system.SignInAsync("anna-bvc");
        var world = await FamilyMeetings.CreateAsync(erik, nurse);
        await using var convener = await SessionParticipant.JoinAsync(erik, world.SessionId);
        await convener.InvokeAsync("SaveAction", world.ChildId, null, new SessionActionInput(FamilyMeetings.SharedAction, AgencyKind.SchoolOrPreschool, "erik-rektor", new DateOnly(2027, 2, 1)), 0L);
        await convener.InvokeAsync("SaveAction", world.ChildId, null, new SessionActionInput(FamilyMeetings.UnsharedAction, AgencyKind.SocialServices, null, null) { SharedWithFamily = false }, 0L);
        await convener.InvokeAsync("SaveDetails", world.ChildId, new SessionPlanDetails([new PlanGoal(FamilyMeetings.Goal, [NeedsArea.Safe])], null, new DateOnly(2027, 3, 1), FamilyMeetings.Minutes), 0L);
        await (await erik.Http.PostAsync($"/api/sessions/{world.SessionId}/close", null)).EnsureSuccessAsync();
        using var guardian = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Guardian);

        var response = await guardian.Http.GetAsync($"/api/family/meetings/{world.SessionId}/plan.pdf?childId={world.ChildId}");
        await response.EnsureSuccessAsync();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Barnets plan", text, StringComparison.Ordinal);
        Assert.Contains(FamilyMeetings.Goal, text, StringComparison.Ordinal);
        Assert.Contains(FamilyMeetings.SharedAction, text, StringComparison.Ordinal);
        Assert.Contains("Erik Sandberg", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FamilyMeetings.UnsharedAction, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FamilyMeetings.Minutes, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Personnummer, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(world.Personnummer.Replace("-", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
