using System.Collections.Concurrent;
using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Family;

/// <summary>
/// Four browsers at one meeting: the barnkontakt (a school principal), the school's kurator, a
/// guardian's phone and the child's phone. The child rates with the "jag"-statements by keyboard
/// on a 390 px screen; nobody receives the values before the reveal; after it "Barnets egen syn"
/// is on every screen within a second; the guardian's consent opens social services' view live;
/// on close the child's rating is on the record.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyAtTheTableTests(BrowserFixture fixture)
{
    private const string School = "SE2321000016-1001";
    private static readonly NeedsArea[] Areas = Enum.GetValues<NeedsArea>();

    [Fact]
    public async Task TheChildRatesHiddenUntilTheRevealTheGuardianOpensSocialServicesAndTheRatingReachesTheRecord()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        using var sara = await fixture.System.SignInAsync("sara-soc");
        var (sessionId, childId) = await FamilyPages.MeetingAsync(erik, "Nora", (School, "Olivia Olsson", "School"), ("sara-soc", "Sara Nyström", "SocialServices"));
        var meeting = new Meeting(sessionId, childId);
        var barnkontakt = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var school = await fixture.OpenMeetingAsync(School, meeting);
        var guardian = await fixture.OpenFamilyAsync(sessionId, childId, FamilyRelation.Guardian);
        var child = await fixture.OpenFamilyAsync(sessionId, childId, FamilyRelation.Child);
        await using var social = await SessionParticipant.JoinAsync(sara, sessionId);
        Assert.True(social.Joined.Agenda[0].Restricted);
        var frames = new ConcurrentQueue<string>();
        foreach (var page in new[] { barnkontakt, school, guardian })
        {
            page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => frames.Enqueue(frame.Text ?? "");
        }

        // The child rates all eight statements with the keyboard only: focus the first face, arrows to the fourth, Enter on the button.
        foreach (var area in Areas)
        {
            await child.Locator($"#rating-{area}-1").FocusAsync();
            await child.Keyboard.PressAsync("ArrowRight");
            await child.Keyboard.PressAsync("ArrowRight");
            await child.Keyboard.PressAsync("ArrowRight");
        }

        await child.GetByRole(AriaRole.Button, new() { Name = "Skicka det jag tycker" }).FocusAsync();
        await child.Keyboard.PressAsync("Enter");
        await Expect(child.GetByTestId("rating-message")).ToContainTextAsync("Tack!");
        await BrowserFixture.CaptureAsync(child, "family-child-rating-390");
        await Expect(barnkontakt.GetByTestId($"rated-count-{childId}")).ToContainTextAsync("Nora", new() { Timeout = 5000 });

        // Before the reveal: no screen shows the values, and no frame carried them.
        await Expect(barnkontakt.GetByTestId($"child-view-{childId}-Safe")).ToHaveTextAsync("–");
        await Expect(school.GetByTestId($"child-view-{childId}-Safe")).ToHaveTextAsync("–");
        await Expect(guardian.GetByTestId("views-hidden")).ToBeVisibleAsync();
        Assert.DoesNotContain(frames, f => f.Contains("\"childOwnView\":[{", StringComparison.Ordinal));

        await barnkontakt.GetByTestId($"reveal-{childId}").ClickAsync();
        var oneSecond = new LocatorAssertionsToHaveTextOptions { Timeout = 1000 };
        await Expect(barnkontakt.GetByTestId($"child-view-{childId}-Safe")).ToHaveTextAsync("4", oneSecond);
        await Expect(school.GetByTestId($"child-view-{childId}-Safe")).ToHaveTextAsync("4", oneSecond);
        await Expect(guardian.GetByTestId("family-views").Locator("tr[data-area='Safe'] td").First).ToHaveTextAsync("4", oneSecond);
        await Expect(child.GetByTestId("family-views").Locator("tr[data-area='Safe'] td").First).ToHaveTextAsync("4", oneSecond);

        // The guardian says yes to social services on her phone: the social worker's restricted view opens live.
        await guardian.GetByTestId("consent-yes-SocialServices").ClickAsync();
        await Eventually.HoldsAsync(() => social.Events.Any(e => e.Kind == SessionEventKind.SharingChanged), TimeSpan.FromSeconds(1), "social services' view to open within a second");
        var opened = await social.Connection.InvokeAsync<SessionSnapshot>("GetSession", sessionId);
        Assert.False(opened.Agenda[0].Restricted);
        await Expect(guardian.GetByTestId("consent-state-SocialServices")).ToContainTextAsync("gäller nu");
        await BrowserFixture.CaptureAsync(guardian, "family-guardian-view-390");

        await (await erik.Http.PostAsync($"/api/sessions/{sessionId}/close", null)).EnsureSuccessAsync();
        var record = await erik.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{childId}", Json.Options);
        var childOwn = string.Join("; ", record!.Assessments.Where(a => a.Rater == RaterKind.Child).Select(a => string.Join(",", a.Ratings.Select(r => $"{r.Area}={r.Value}"))));
        Assert.True(record.Assessments.Any(a => a.Rater == RaterKind.Child && a.Ratings.Count == 8 && a.Ratings.All(r => r.Value == 4)), $"the child's own rating on the record: {childOwn}");
        await Expect(guardian.GetByTestId("family-status")).ToHaveTextAsync("Mötet är slut.", new() { Timeout = 5000 });

        foreach (var page in new[] { barnkontakt, school, guardian, child })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheFamilyViewAndTheChildsRatingPassAxeAndFitAPhone()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var (sessionId, childId) = await FamilyPages.MeetingAsync(erik, "Hedda", ("sara-soc", "Sara Nyström", "SocialServices"));
        var guardian = await fixture.OpenFamilyAsync(sessionId, childId, FamilyRelation.Guardian);
        var child = await fixture.OpenFamilyAsync(sessionId, childId, FamilyRelation.Child);

        foreach (var (page, name) in new[] { (guardian, "family-view"), (child, "child-rating") })
        {
            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToArray();
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            await BrowserFixture.CaptureAsync(page, $"axe-{name}");

            Assert.True(serious.Length == 0, $"{name}: {string.Join("\n", serious)}");
            Assert.True(widths[0] <= widths[1], $"{name} is {widths[0]} px wide in a {widths[1]} px window");
            await page.Context.CloseAsync();
        }
    }
}
