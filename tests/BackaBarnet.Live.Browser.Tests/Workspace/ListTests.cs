using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Mina barn, Möten and Mina insatser: the lists a professional works from.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListTests(BrowserFixture fixture)
{
    private const string Ready = "body[data-page='ready']";

    [Fact]
    public async Task ResponsibleChangesTheStatusOfTheirActionFromMinaInsatser()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var child = await erik.RegisterAsync("Rut Lund", "erik-rektor", age: 9);
        await erik.AddActionAsync(child, "Hembesök hos familjen", "SocialServices", "sara-soc");
        var page = await fixture.OpenAsync("sara-soc", "/mina-insatser.html", Ready);
        var row = page.GetByTestId("my-actions").Locator("tr", new() { HasText = "Hembesök hos familjen" });
        await Expect(row).ToContainTextAsync("Rut Lund");

        await row.GetByTestId("my-action-status").SelectOptionAsync(new SelectOptionValue { Label = "Pågår" });

        await Expect(page.Locator("#page-status")).ToContainTextAsync("”Hembesök hos familjen” är nu pågår");
        await Expect(page.GetByTestId("my-actions").Locator("tr", new() { HasText = "Hembesök hos familjen" }).GetByTestId("my-action-status")).ToHaveValueAsync("Active");
        var plan = await erik.GetAsync($"/api/children/{child}/plan");
        Assert.Equal("Active", plan.GetProperty("actions")[0].GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktFindsAChildByNameInMinaBarnAndSeesWhatIsWaiting()
    {
        using var anna = await fixture.System.SignInAsync("anna-bvc");
        using var johan = await fixture.System.SignInAsync("johan-polis");
        var stina = await anna.RegisterAsync("Stina Mohammadi", "anna-bvc", age: 2);
        await anna.RegisterAsync("Tor Nilsson", "anna-bvc", age: 3);
        await johan.PostAsync($"/api/children/{stina}/concerns", new { text = "Stina var ensam.", areas = new[] { "Safe" } });
        var page = await fixture.OpenAsync("anna-bvc", "/mina-barn.html", Ready);

        await page.GetByLabel("Sök på namn").FillAsync("stina");

        var list = page.GetByTestId("my-children");
        await Expect(list.Locator("li:visible")).ToHaveCountAsync(1);
        await Expect(list.Locator("li:visible")).ToContainTextAsync("Öppen oro: 1 (1 ny)");
        await list.GetByRole(AriaRole.Link, new() { Name = "Stina Mohammadi" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-child='ready']");
        Assert.EndsWith($"/barn/{stina}", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MeetingsPageListsUpcomingAndHeldMeetingsWithTheirStatus()
    {
        using var maria = await fixture.System.SignInAsync("maria-forskola");
        var upcoming = await maria.ConveneAsync(await maria.RegisterAsync("Ulla Berg", "maria-forskola", age: 4), "sara-soc");
        var held = await maria.ConveneAsync(await maria.RegisterAsync("Vide Berg", "maria-forskola", age: 4), "sara-soc");
        await maria.PostAsync($"/api/sessions/{held}/open");
        await maria.PostAsync($"/api/sessions/{held}/close");
        var page = await fixture.OpenAsync("sara-soc", "/moten.html", Ready);

        var coming = page.GetByTestId("meetings-upcoming").Locator($"[data-session-id='{upcoming}']");
        await Expect(coming).ToContainTextAsync("Ulla Berg");
        await Expect(coming).ToContainTextAsync("Planerat");
        await Expect(coming).ToContainTextAsync("Kallat av Maria Holm");
        await Expect(page.GetByTestId("meetings-held").Locator($"[data-session-id='{held}']")).ToContainTextAsync("Avslutat");
        await page.Context.CloseAsync();
    }
}
