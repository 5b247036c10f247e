using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static BackaBarnet.Live.Browser.Tests.MeetingPages;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>
/// The barnteam meeting page with two participants in two browser contexts: what one does shows
/// up on the other's page live, without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ConsensusSetOnOnePageAppearsOnTheOtherWithinOneSecondWithoutReload()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Ida", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);

        await convener.GetByTestId($"consensus-{meeting.ChildId}-Safe").SelectOptionAsync("4");

        await Expect(other.GetByTestId($"consensus-{meeting.ChildId}-Safe")).ToHaveValueAsync("4", new() { Timeout = OneSecond });
        await Expect(other.Locator($"[data-testid='compass-{meeting.ChildId}'] [data-area='Safe']"))
            .ToHaveAttributeAsync("data-value", "4", new() { Timeout = OneSecond });
        Assert.True(await IsTheSameDocumentAsync(other));
        await BrowserFixture.CaptureAsync(other, "meeting-consensus");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task TheMeetingPageHasTheNotificationBellAndItCountsAConcernRaisedDuringTheMeeting()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        using var police = await fixture.System.SignInAsync("johan-polis");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Vera", "sara-soc");
        await erik.Http.PostAsync("/api/me/inbox/read-all", null);
        var page = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        await Expect(page.GetByTestId("bell")).ToBeVisibleAsync();

        await police.RaiseConcernAsync(meeting.ChildId, "Vera sågs ensam vid busshållplatsen", "Safe");

        await Expect(page.GetByTestId("bell-count")).ToHaveTextAsync("1", new() { Timeout = 2000 });
        await CloseAsync(page);
    }

    [Fact]
    public async Task PlanActionAssignedOnOnePageAppearsOnTheOtherWithinOneSecondWithoutReload()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Liam", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);

        await AddActionAsync(convener, meeting, "Samtal med familjen varje vecka", assignee: "Sara Nyström");

        var row = ActionRow(other, meeting, "Samtal med familjen varje vecka");
        await Expect(row).ToBeVisibleAsync(new() { Timeout = OneSecond });
        await Expect(row.Locator(".assignee")).ToHaveTextAsync("Sara Nyström");
        await Expect(row.Locator(".agency")).ToHaveTextAsync("Socialtjänst");
        await Expect(row.Locator(".status")).ToHaveTextAsync("Planerad");
        Assert.True(await IsTheSameDocumentAsync(other));
        await BrowserFixture.CaptureAsync(other, "meeting-plan");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task PlanDetailsSavedOnOnePageAppearOnTheOtherWithinOneSecond()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Alva", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);

        var details = convener.GetByTestId($"details-{meeting.ChildId}");
        await details.GetByRole(AriaRole.Button, new() { Name = "Lägg till mål" }).ClickAsync();
        await details.GetByLabel("Mål", new() { Exact = true }).FillAsync("Alva känner sig trygg på rasterna");
        await details.GetByLabel("Trygghet").CheckAsync();
        await details.GetByLabel("Stödsamordnare").SelectOptionAsync(new SelectOptionValue { Label = "Sara Nyström" });
        await details.GetByLabel("Beslut och anteckningar").FillAsync("Skolan ordnar en rastvärd.");
        await details.GetByRole(AriaRole.Button, new() { Name = "Spara plandetaljer" }).ClickAsync();

        var seen = other.GetByTestId($"details-{meeting.ChildId}");
        await Expect(seen.GetByLabel("Stödsamordnare")).ToHaveValueAsync("sara-soc", new() { Timeout = OneSecond });
        await Expect(seen.GetByLabel("Mål", new() { Exact = true })).ToHaveValueAsync("Alva känner sig trygg på rasterna");
        await Expect(seen.GetByLabel("Trygghet")).ToBeCheckedAsync();
        await Expect(seen.GetByLabel("Beslut och anteckningar")).ToHaveValueAsync("Skolan ordnar en rastvärd.");
        Assert.True(await IsTheSameDocumentAsync(other));
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task RatingsStayHiddenUntilTheConvenerRevealsThemAndThenShowTheDisagreement()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Noah", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);

        await RateAsync(convener, meeting, "Safe", "1");
        await RateAsync(other, meeting, "Safe", "4");
        await Expect(other.GetByTestId($"rated-count-{meeting.ChildId}")).ToContainTextAsync("2 har skattat");
        await Expect(convener.GetByTestId($"rated-count-{meeting.ChildId}")).ToContainTextAsync("2 har skattat");
        await Expect(convener.GetByTestId($"rating-{meeting.ChildId}-Safe")).ToHaveValueAsync("1");
        Assert.DoesNotContain("1", await AreaRow(other, meeting, "Safe").Locator(".spread").InnerTextAsync());
        await Expect(other.GetByTestId($"reveal-{meeting.ChildId}")).ToBeHiddenAsync();

        await convener.GetByRole(AriaRole.Button, new() { Name = "Visa allas skattningar" }).ClickAsync();

        foreach (var page in new[] { convener, other })
        {
            var safe = AreaRow(page, meeting, "Safe");
            await Expect(safe).ToHaveClassAsync(new Regex("disagreement"), new() { Timeout = OneSecond });
            await Expect(safe).ToContainTextAsync("Olika bedömningar");
            await Expect(safe.Locator(".range")).ToHaveTextAsync("1–4");
            await Expect(AreaRow(page, meeting, "Healthy")).Not.ToContainTextAsync("Olika bedömningar");
        }

        await BrowserFixture.CaptureAsync(convener, "meeting-revealed");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task BothParticipantsAreShownAsPresentWithTheFamilyListedAndTheOneWhoLeavesIsNoLonger()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Maja", "sara-soc", "johan-polis");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);

        foreach (var page in new[] { convener, other })
        {
            await Expect(Presence(page, "erik-rektor")).ToHaveAttributeAsync("data-presence", "Present");
            await Expect(Presence(page, "sara-soc")).ToHaveAttributeAsync("data-presence", "Present");
            await Expect(Presence(page, "sara-soc")).ToContainTextAsync("I mötet");
            await Expect(Presence(page, "johan-polis")).ToContainTextAsync("Inte anslutit");
            await Expect(Presence(page, "mamma")).ToContainTextAsync("Majas mamma");
            await Expect(Presence(page, "mamma")).ToContainTextAsync("Vårdnadshavare");
            await Expect(Presence(page, "barnet")).ToContainTextAsync("Barnet");
        }

        await other.Context.CloseAsync();
        await Expect(Presence(convener, "sara-soc")).Not.ToHaveAttributeAsync("data-presence", "Present", new() { Timeout = 10_000 });
        await Expect(Presence(convener, "sara-soc")).ToContainTextAsync(new Regex("Har lämnat|Återansluter"));
        await BrowserFixture.CaptureAsync(convener, "meeting-presence");
        await convener.Context.CloseAsync();
    }
}
