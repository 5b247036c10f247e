using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>An upptäckare raises a concern from the start page knowing only the personnummer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RaiseConcernPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AConcernRaisedByPersonnummerReachesTheBarnkontaktAndTheReporterIsToldSo()
    {
        using var nurse = await fixture.System.SignInAsync("anna-bvc");
        var personnummer = TestPersonnummer.AgedYears(2);
        (await nurse.Http.PostAsJsonAsync("/api/children", new { displayName = "Pim", childContactId = "anna-bvc", personnummer })).EnsureSuccessStatusCode();
        var contactPage = await fixture.OpenSignedInAsync("anna-bvc");
        var reporter = await fixture.OpenSignedInAsync("johan-polis");
        var urls = new List<string>();
        reporter.Request += (_, request) => urls.Add(request.Url);

        await reporter.GetByLabel("Barnets personnummer").FillAsync(personnummer);
        await reporter.Locator("#concern-areas input[value='Safe']").CheckAsync();
        await reporter.GetByLabel("Vad har du sett eller hört?").FillAsync("Pim var ute ensam sent i går kväll.");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Skicka oro till barnkontakten" }).ClickAsync();

        await Expect(reporter.Locator("#raise-message")).ToHaveTextAsync("Oron är registrerad och har nått barnets barnkontakt.", new() { Timeout = 3000 });
        await Expect(contactPage.Locator("[data-testid='concern-list']")).ToContainTextAsync("Pim var ute ensam sent i går kväll.", new() { Timeout = 3000 });
        Assert.Contains(urls, u => u.EndsWith("/api/concerns"));
        Assert.DoesNotContain(urls, u => u.Contains(personnummer[..8]));
        await reporter.Context.CloseAsync();
        await contactPage.Context.CloseAsync();
    }
}
