using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;
using static BackaBarnet.Live.Browser.Tests.MeetingPages;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>The start page's "Mina möten" and "Kalla till barnteam".</summary>
[Collection(BrowserCollection.Name)]
public sealed class StartPageMeetingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task StartPageListsTheMeetingsIAmInvitedToWithALinkToTheMeeting()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAsync(erik, "Vera", "sara-soc");

        var page = await fixture.OpenSignedInAsync("sara-soc");

        var item = page.Locator($"[data-testid='meeting-list'] [data-session-id='{meeting.SessionId}']");
        await Expect(item).ToContainTextAsync("Individuellt barnteam");
        await Expect(item).ToContainTextAsync("Vera");
        await BrowserFixture.CaptureAsync(page, "start-page-meetings");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForSelectorAsync("body[data-session-ready='true']");
        Assert.EndsWith(meeting.Path, page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktConvenesABarnteamFromTheStartPageIsWarnedOfTheActiveSipAndOpensIt()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var elsa = await erik.RegisterChildAsync("Elsa", "erik-rektor");
        var sip = await erik.Http.PostAsJsonAsync(
            $"/api/children/{elsa.ChildId}/linked-processes", new { kind = "Sip", status = "Active", responsible = "Region Skåne, BUP" }, Json.Options);
        sip.EnsureSuccessStatusCode();
        var page = await fixture.OpenSignedInAsync("erik-rektor");

        await page.Locator("#convene-child").SelectOptionAsync(new SelectOptionValue { Label = "Elsa" });
        await page.GetByLabel("Typ av möte").SelectOptionAsync(new SelectOptionValue { Label = "Barnteam 7–12" });
        await page.GetByLabel("Sara Nyström").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kalla till mötet" }).ClickAsync();
        await Expect(page.GetByTestId("convene-warnings")).ToContainTextAsync("Elsa har redan en aktiv SIP (ansvarig: Region Skåne, BUP).");
        await page.GetByTestId("convened-link").ClickAsync();
        await page.WaitForSelectorAsync("body[data-session-ready='true']");

        await Expect(page.GetByTestId("session-kind")).ToHaveTextAsync("Barnteam 7–12");
        await Expect(page.GetByTestId("session-warnings")).ToContainTextAsync("Ett barn, en plan");
        await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("Planerat");
        await Expect(Presence(page, "sara-soc")).ToContainTextAsync("Inte anslutit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Öppna mötet" }).ClickAsync();
        await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("Pågår");
        await Expect(page.GetByTestId("connection")).ToHaveTextAsync("Live");
        await BrowserFixture.CaptureAsync(page, "meeting-convened");
        await page.Context.CloseAsync();
    }
}
