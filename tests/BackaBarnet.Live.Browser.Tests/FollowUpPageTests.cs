using System.Net.Http.Json;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class FollowUpPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TheChildViewLinksToAFollowUpWithTheCompassTheChangeAndThePlansActions()
    {
        using var nurse = await fixture.System.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Uppföljningsbarn", "anna-bvc");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        foreach (var (rater, daysAgo, value) in new[] { ("TeamConsensus", 60, 2), ("Child", 30, 4), ("TeamConsensus", 20, 4) })
        {
            (await nurse.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/assessments", new
            {
                rater,
                assessedOn = yesterday.AddDays(-daysAgo),
                ratings = new[] { new { area = "Safe", value } },
            })).EnsureSuccessStatusCode();
        }

        (await nurse.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/plan/actions", new
        {
            what = "Trygg rast", agency = "SchoolOrPreschool", start = yesterday.AddDays(-50), due = yesterday.AddDays(-2), expectedVersion = 0,
        })).EnsureSuccessStatusCode();
        var page = await fixture.OpenSignedInAsync("anna-bvc");

        await page.Locator("#child-list li", new() { HasText = "Uppföljningsbarn" }).GetByRole(AriaRole.Link, new() { Name = "Uppföljning", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-followup='ready']");

        var safe = page.Locator("#area-table tr[data-area='Safe']");
        Assert.Equal(["Trygghet", "2", "4", "+2", "4"], await safe.Locator("th, td").AllInnerTextsAsync());
        Assert.Contains("Trygghet 4 (utgångsläge 2)", await page.Locator("svg.compass").GetAttributeAsync("aria-label"));
        Assert.Contains("Trygghet – förändring sedan utgångsläget +2", await page.Locator("figure[data-area='Safe']").InnerTextAsync());
        Assert.Contains("Trygg rast", await page.Locator("#overdue").InnerTextAsync());
        await BrowserFixture.CaptureAsync(page, "follow-up");
        await page.Context.CloseAsync();
    }
}
