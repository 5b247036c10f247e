using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Endpoints;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PilotDashboardTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheDashboardRendersSeededFiguresAndTheFiltersChangeThem()
    {
        // Girls in one unit, boys in two: Backaskolan (7) and BVC Backa (6).
        foreach (var (contact, gender, count) in new[] { ("erik-rektor", ChildGender.Girl, 6), ("erik-rektor", ChildGender.Boy, 7), ("anna-bvc", ChildGender.Boy, 6) })
        {
            using var professional = await fixture.System.SignInAsync(contact);
            for (var i = 0; i < count; i++)
            {
                var response = await professional.Http.PostAsJsonAsync("/api/children", new CreateChildRequest($"Pilotbarn {gender} {i}", contact, TestPersonnummer.AgedYears(9), Gender: gender));
                var child = (await response.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!;
                await professional.RaiseConcernAsync(child.ChildId, "Oro", "Safe");
            }
        }

        var page = await OpenAsEvaluatorAsync();
        var concerns = page.Locator("[data-testid='total-concernsRaised']");
        var everyone = await concerns.InnerTextAsync();

        await page.GetByLabel("Kön").SelectOptionAsync(new SelectOptionValue { Label = "Flickor" });
        await Assertions.Expect(concerns).Not.ToHaveTextAsync(everyone);
        var girls = await concerns.InnerTextAsync();
        await page.GetByLabel("Kön").SelectOptionAsync(new SelectOptionValue { Label = "Pojkar" });
        await Assertions.Expect(concerns).Not.ToHaveTextAsync(girls);
        var boys = await concerns.InnerTextAsync();

        Assert.StartsWith("6 barn", girls);
        Assert.StartsWith("13 barn", boys);
        Assert.Matches(@"^\d+ barn", everyone);
        // By unit, Backaskolan's boys are a bar with the value beside it. The other units have none,
        // so BVC Backa's six are hidden too: shown, they would tell that every other unit has zero.
        var unitChart = page.Locator("figure.chart", new() { HasText = "Oro anmäld per enhet" }).Locator("svg");
        Assert.Contains("Backaskolan 7 barn", await unitChart.GetAttributeAsync("aria-label"));
        Assert.Contains("BVC Backa dold", await unitChart.GetAttributeAsync("aria-label"));
        // Fewer than five: hidden, and said in words.
        await page.GetByLabel("Kön").SelectOptionAsync(new SelectOptionValue { Label = "Annat" });
        await Assertions.Expect(concerns).ToContainTextAsync("dold");
        await BrowserFixture.CaptureAsync(page, "pilot-dashboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheEvaluatorSigningInOnTheStartPageLandsOnTheDashboard()
    {
        var page = await OpenAsEvaluatorAsync();

        Assert.EndsWith("/pilot.html", page.Url);
        Assert.True(await page.Locator("#workspace").CountAsync() == 0);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsEvaluatorAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.System.BaseAddress.ToString(), Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync("button[data-professional-id='eva-utvardering']");
        await page.WaitForSelectorAsync("body[data-pilot='ready']");
        return page;
    }
}
