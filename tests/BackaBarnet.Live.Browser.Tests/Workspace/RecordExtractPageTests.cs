using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>The loggkontrollant takes out a record extract for a child and prints it for the family.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordExtractPageTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task TheAuditorFindsTheExtractFromLoggkontrollAndSeesEveryAccessInSwedishReadyToPrint()
    {
        var world = await fixture.WorldAsync();
        using (var maria = await fixture.System.SignInAsync("maria-forskola"))
        {
            // A refused read, so the extract has both outcomes.
            await maria.Http.GetAsync($"/api/children/{world.Alva}");
        }

        var page = await fixture.OpenAsync("karin-revisor", "/loggkontroll.html", "body[data-page='ready']", Phone);
        await page.GetByRole(AriaRole.Link, new() { Name = "Ta fram ett loggutdrag" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-page='ready']");
        await page.GetByLabel("Barnet anges med").SelectOptionAsync("child");
        await page.GetByLabel("Barnets referens (hela id:t)").FillAsync(world.Alva.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta fram loggutdrag" }).ClickAsync();
        var rows = page.Locator("[data-testid='extract-rows'] tbody tr");
        await rows.First.WaitForAsync();

        var text = await page.Locator("[data-testid='extract']").InnerTextAsync();
        await BrowserFixture.CaptureAsync(page, "record-extract-phone");
        Assert.Contains("Loggutdrag för Alva Lind", text);
        Assert.Contains("Erik Sandberg", text);
        Assert.Contains("Registrerade barnet", text);
        Assert.Contains("Backaskolan", text);
        Assert.Contains("Nekad", text);
        Assert.Contains("Maria Holm", text);
        Assert.DoesNotContain("refused", text);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await BrowserFixture.CaptureAsync(page, "record-extract-print");
        Assert.False(await page.Locator("[data-testid='extract-form']").IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" }).IsVisibleAsync());
        Assert.True(await rows.First.IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnUnknownPersonnummerIsSaidInSwedishNextToTheField()
    {
        var page = await fixture.OpenAsync("karin-revisor", "/loggutdrag.html", "body[data-page='ready']", Phone);

        await page.GetByLabel("Barnets personnummer").FillAsync(TestPersonnummer.AgedYears(7));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta fram loggutdrag" }).ClickAsync();
        var summary = page.Locator(".error-summary");
        await summary.WaitForAsync();

        Assert.DoesNotContain("not", await summary.InnerTextAsync());
        Assert.Equal(0, await page.Locator("[data-testid='extract']").CountAsync());
        await page.Context.CloseAsync();
    }
}
