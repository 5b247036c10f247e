using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>The meeting page done right: restricted view without refused controls, and who changed what.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingWorkspaceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ParticipantWithoutConsentSeesASwedishExplanationAndNoControlTheServerWouldRefuse()
    {
        var world = await fixture.WorldAsync();
        var page = await fixture.OpenAsync("johan-polis", $"/meeting.html?session={world.OpenMeeting}", "body[data-session-ready='true']");
        var child = page.GetByTestId($"child-{world.Alva}");

        await Expect(page.GetByTestId($"restricted-{world.Alva}")).ToContainTextAsync("Vårdnadshavarna har inte samtyckt");
        await Expect(page.GetByTestId($"consensus-{world.Alva}-Safe")).ToBeHiddenAsync();
        await Expect(page.GetByTestId($"reveal-{world.Alva}")).ToBeHiddenAsync();
        await Expect(child).Not.ToContainTextAsync("Dolt tills alla visas");
        await Expect(child).Not.ToContainTextAsync("Inga insatser ännu");
        await Expect(page.GetByTestId($"plan-table-{world.Alva}")).ToContainTextAsync("Trygg väg hem");
        await Expect(page.GetByTestId($"new-action-{world.Alva}").GetByLabel("Ansvarig").Locator("option")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheMeetingShowsWhoSetTheConsensusAndChangedThePlanLast()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var child = await erik.RegisterAsync("Wilma Ek", "erik-rektor", age: 9);
        await erik.ConsentAsync(child, "SocialServices");
        var meeting = await erik.ConveneAsync(child, "sara-soc");
        await erik.PostAsync($"/api/sessions/{meeting}/open");
        var convener = await fixture.OpenAsync("erik-rektor", $"/meeting.html?session={meeting}", "body[data-session-ready='true']");
        var other = await fixture.OpenAsync("sara-soc", $"/meeting.html?session={meeting}", "body[data-session-ready='true']");

        await convener.GetByTestId($"consensus-{child}-Safe").SelectOptionAsync("4");

        var row = other.GetByTestId($"ratings-table-{child}").Locator("tr[data-area='Safe']");
        await Expect(row).ToContainTextAsync("ändrad av Erik Sandberg", new() { Timeout = 2000 });
        await Expect(other.GetByTestId("scale-legend").First).ToContainTextAsync("Högre är bättre");
        await BrowserFixture.CaptureAsync(other, "meeting-who-changed");
        await convener.Context.CloseAsync();
        await other.Context.CloseAsync();
    }
}
