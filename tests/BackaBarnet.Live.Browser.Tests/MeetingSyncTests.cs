using System.Text.RegularExpressions;
using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;
using static BackaBarnet.Live.Browser.Tests.MeetingPages;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>The page stays equal to the server when an event goes missing or the connection drops.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingSyncTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnEventThatNeverArrivedIsFetchedAsSoonAsTheNextOneShowsTheGap()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Leo", "sara-soc");
        var relay = new HubRelay();
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting, relay.AttachAsync);
        relay.DropNext(message => message.Contains("\"SessionEvent\"") && message.Contains("\"PlanActionSaved\""));

        await AddActionAsync(convener, meeting, "Läxhjälp", assignee: "Erik Sandberg");
        await Expect(ActionRow(convener, meeting, "Läxhjälp")).ToBeVisibleAsync();
        await Eventually.HoldsAsync(() => relay.Dropped == 1, TimeSpan.FromSeconds(5), "the relay to drop one event");
        await AddActionAsync(convener, meeting, "Samtal med skolkurator", assignee: "Erik Sandberg");

        await Expect(ActionRow(other, meeting, "Samtal med skolkurator")).ToBeVisibleAsync(new() { Timeout = OneSecond });
        await Expect(ActionRow(other, meeting, "Läxhjälp")).ToBeVisibleAsync(new() { Timeout = OneSecond });
        var version = await convener.Locator("body").GetAttributeAsync("data-session-version");
        await Expect(other.Locator("body")).ToHaveAttributeAsync("data-session-version", version!);
        Assert.True(await IsTheSameDocumentAsync(other));
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task AfterAReconnectThePageCatchesUpOnWhatItMissedAndReceivesLiveChangesAgain()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Stina", "sara-soc");
        var relay = new HubRelay();
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting, relay.AttachAsync);

        await relay.CutAsync();
        await Expect(other.GetByTestId("connection")).ToHaveTextAsync(new Regex("Återansluter…|Offline"));
        await AddActionAsync(convener, meeting, "Familjebehandling", assignee: "Sara Nyström");
        await Expect(ActionRow(convener, meeting, "Familjebehandling")).ToBeVisibleAsync();
        Assert.Equal(0, await ActionRow(other, meeting, "Familjebehandling").CountAsync());
        relay.Refusing = false;

        await Expect(other.GetByTestId("connection")).ToHaveTextAsync("Live", new() { Timeout = 20_000 });
        await Expect(ActionRow(other, meeting, "Familjebehandling")).ToBeVisibleAsync();
        await convener.GetByTestId($"consensus-{meeting.ChildId}-Leisure").SelectOptionAsync("5");
        await Expect(other.GetByTestId($"consensus-{meeting.ChildId}-Leisure")).ToHaveValueAsync("5", new() { Timeout = OneSecond });
        Assert.True(await IsTheSameDocumentAsync(other));
        await CloseAsync(convener, other);
    }
}
