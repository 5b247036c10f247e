using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>
/// The paths the access matrix cannot count exactly: one's own lists (one row per child shown),
/// refusals of meetings and bad input, the registration that finds a personnummer, the auditors'
/// own reads and statistics queries. Every row carries the caller's care unit and the outcome.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class AuditCoverageTests(LiveSystem system)
{
    [Fact]
    public async Task EveryOwnListLeavesOneRowPerChildItShows()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: true);
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var sara = await system.SignInAsync(AccessWorld.OtherAgency);
        using var auditor = await system.SignInAsync("karin-revisor");
        var lists = new (SignedIn Caller, string Path, string Action, Func<JsonElement, IEnumerable<Guid>> Children)[]
        {
            (erik, "/api/me/children", "listed in own caseload", Ids("childId")),
            (erik, "/api/me/concerns", "read the open concern alerts about", Ids("childId")),
            (sara, "/api/me/sessions", "listed among own meeting invitations", list => list.EnumerateArray().SelectMany(i => i.GetProperty("childIds").EnumerateArray().Select(c => c.GetGuid()))),
            (sara, "/api/me/assignments", "listed among own plan actions", Ids("childId")),
            (sara, "/api/me/inbox", "read own notifications about", inbox => inbox.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("childId")).Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetGuid())),
        };

        var shownInTotal = 0;
        foreach (var (caller, path, action, children) in lists)
        {
            var before = await RowsAsync(auditor, caller.ProfessionalId, action);
            var shown = children(await caller.Http.GetFromJsonAsync<JsonElement>(path, Json.Options)).Distinct().Count();
            var after = await RowsAsync(auditor, caller.ProfessionalId, action);
            Assert.True(after.Length - before.Length == shown, $"{path} showed {shown} children and left {after.Length - before.Length} rows");
            shownInTotal += shown;
        }

        // The world puts Matilda in every one of these lists but the assignments (those come from meetings).
        Assert.True(shownInTotal >= 4, $"the lists showed only {shownInTotal} children");
        Assert.Contains(await RowsAsync(auditor, AccessWorld.Contact, "read the open concern alerts about"), r => r.ChildId == world.ChildId && r.CareUnit == "Backaskolan");
    }

    [Fact]
    public async Task RegisteringAKnownPersonnummerIsAuditedAsALookUpOfTheChildItNames()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var maria = await system.SignInAsync(AccessWorld.Stranger);
        using var auditor = await system.SignInAsync("karin-revisor");

        var duplicate = await maria.Http.PostAsJsonAsync("/api/children", new { displayName = "Matilda", childContactId = AccessWorld.Stranger, personnummer = world.Personnummer });

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var rows = await ChildRowsAsync(auditor, world.ChildId);
        var lookup = Assert.Single(rows, r => r.ProfessionalId == AccessWorld.Stranger);
        Assert.StartsWith("looked up a personnummer", lookup.Action);
        Assert.Equal("Backa förskoleområde", lookup.CareUnit);
    }

    [Fact]
    public async Task BadInputAndConflictsOnAChildAreAuditedAsRefused()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var auditor = await system.SignInAsync("karin-revisor");

        var stale = await erik.Http.PutAsJsonAsync($"/api/children/{world.ChildId}/plan", new { goals = Array.Empty<object>(), expectedVersion = 7 });
        var bad = await erik.Http.PostAsJsonAsync($"/api/children/{world.ChildId}/plan/actions", new { what = " ", agency = "SocialServices", expectedVersion = 1 });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.BadRequest), (stale.StatusCode, bad.StatusCode));
        var refused = (await ChildRowsAsync(auditor, world.ChildId)).Where(r => r.ProfessionalId == AccessWorld.Contact && r.Outcome == AuditOutcomes.Refused).ToArray();
        Assert.Equal(2, refused.Length);
        Assert.Contains(refused, r => r.Through == $"conflict: {ErrorCodes.PlanStale}");
        Assert.Contains(refused, r => r.Through == $"bad input: {ErrorCodes.FieldRequired} (what)");
    }

    [Fact]
    public async Task EveryRefusedHubCallLeavesExactlyOneRefusedRowAndNamesNoChildOfAMeeting()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var maria = await system.SignInAsync(AccessWorld.Stranger);
        using var auditor = await system.SignInAsync("karin-revisor");
        await using var connection = await maria.ConnectAsync();
        var calls = new (string Method, object?[] Args)[]
        {
            ("JoinSession", [world.SessionId]),
            ("GetSession", [world.SessionId]),
            ("GetSessionSince", [world.SessionId, 0L]),
            ("SubmitRatings", [world.SessionId, world.ChildId, new[] { new AreaRating(NeedsArea.Safe, 3) }]),
            ("RevealRatings", [world.SessionId, world.ChildId]),
            ("WatchChild", [world.ChildId]),
        };

        var before = await MineAsync(auditor, world);
        foreach (var (method, args) in calls)
        {
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync(method, typeof(object), args));
        }

        var added = (await MineAsync(auditor, world)).ExceptBy(before.Select(r => r.Id), r => r.Id).ToArray();
        Assert.Equal(calls.Length, added.Length);
        Assert.All(added, r => Assert.Equal(AuditOutcomes.Refused, r.Outcome));
        Assert.Equal(3, added.Count(r => r.ChildId is null && r.Action.Contains($"team session {world.SessionId}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheAuditorsOwnReadsAndStatisticsQueriesAreAudited()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var auditor = await system.SignInAsync("karin-revisor");
        using var evaluator = await system.SignInAsync("eva-utvardering");

        (await auditor.Http.GetAsync($"/api/audit/children/{world.ChildId}")).EnsureSuccessStatusCode();
        (await evaluator.Http.GetAsync("/api/statistics/pilot")).EnsureSuccessStatusCode();

        var karins = await RowsAsync(auditor, "karin-revisor", "read the audit log of");
        var evas = await RowsAsync(auditor, "eva-utvardering", "queried the pilot statistics");
        Assert.Contains(karins, r => r.ChildId == world.ChildId && r.Outcome == AuditOutcomes.Allowed);
        Assert.NotEmpty(evas);
        Assert.All(evas, r => Assert.Null(r.ChildId));
    }

    private static Func<JsonElement, IEnumerable<Guid>> Ids(string property) =>
        list => list.EnumerateArray().Select(item => item.GetProperty(property).GetGuid());

    private static async Task<AuditEntry[]> RowsAsync(SignedIn auditor, string professionalId, string actionPrefix) =>
        (await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/professionals/{professionalId}?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}", Json.Options))!
            .Where(r => r.Action.StartsWith(actionPrefix, StringComparison.Ordinal))
            .ToArray();

    private static async Task<AuditEntry[]> ChildRowsAsync(SignedIn auditor, Guid childId) =>
        (await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/children/{childId}", Json.Options))!;

    /// <summary>maria's rows about this world's meeting or child (other tests' meetings move rows into her log at any time).</summary>
    private static async Task<AuditEntry[]> MineAsync(SignedIn auditor, AccessWorld world) =>
        (await RowsAsync(auditor, AccessWorld.Stranger, ""))
            .Where(r => r.ChildId == world.ChildId || r.Action.Contains(world.SessionId.ToString(), StringComparison.Ordinal))
            .ToArray();
}
