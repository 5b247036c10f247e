using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BarnkontaktPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ConcernRaisedThroughTheApiAppearsOnTheOpenPageWithinTwoSecondsWithoutReload()
    {
        using var nurse = await fixture.System.SignInAsync("anna-bvc");
        using var teacher = await fixture.System.SignInAsync("erik-rektor");
        var child = await nurse.RegisterChildAsync("Nora", "anna-bvc");
        var page = await fixture.OpenSignedInAsync("anna-bvc");
        // A marker on the window object disappears if the page reloads or navigates.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var raised = await teacher.RaiseConcernAsync(child.ChildId, "Nora har haft ont i magen varje måndag.", "Healthy", "Safe");

        var item = page.Locator($"[data-testid='concern-list'] [data-concern-id='{raised.ConcernId}']");
        await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
        Assert.Contains("Nora har haft ont i magen varje måndag.", await item.InnerTextAsync());
        Assert.Contains("Må bra", await item.InnerTextAsync());
        Assert.Contains("Trygghet", await item.InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await BrowserFixture.CaptureAsync(page, "barnkontakt-live-concern");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignedInProfessionalSeesTheWorkspaceAndNotTheSignInList()
    {
        var page = await fixture.OpenSignedInAsync("erik-rektor");

        Assert.False(await page.Locator("#sign-in").IsVisibleAsync());
        Assert.True(await page.Locator("#workspace").IsVisibleAsync());
        Assert.Equal("Live", await page.Locator("#connection-state").InnerTextAsync());
        Assert.Contains("Erik Sandberg", await page.Locator("#whoami-name").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConcernTextIsShownAsTextNeverAsMarkup()
    {
        using var nurse = await fixture.System.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Otto", "anna-bvc");
        var page = await fixture.OpenSignedInAsync("anna-bvc");

        var raised = await nurse.RaiseConcernAsync(child.ChildId, "<img src=x onerror=\"window.__injected=1\">", "Safe");

        var item = page.Locator($"[data-concern-id='{raised.ConcernId}'] .concern-text");
        await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 2000 });
        Assert.Equal("<img src=x onerror=\"window.__injected=1\">", await item.InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.__injected === 1"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AProfessionalRegistersAChildAndRaisesAConcernThroughTheForms()
    {
        var page = await fixture.OpenSignedInAsync("maria-forskola");

        await page.GetByLabel("Barnets namn").FillAsync("Pim");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera" }).ClickAsync();
        var childRow = page.Locator("#child-list li", new() { HasText = "Pim" });
        await childRow.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        await childRow.GetByRole(AriaRole.Link, new() { Name = "Pim", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-child='ready']");
        await page.GetByText("Anmäl oro för barnet").ClickAsync();
        var form = page.GetByTestId("raise-concern");
        await form.GetByLabel("Fritid").CheckAsync();
        await form.GetByLabel("Vad har du sett eller hört?").FillAsync("Pim vill inte längre gå till fotbollen.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Skicka oro till barnkontakten" }).ClickAsync();

        var concern = page.Locator(".concern-card", new() { HasText = "Pim vill inte längre gå till fotbollen." });
        await concern.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        Assert.Contains("Fritid", await concern.InnerTextAsync());
        await page.Context.CloseAsync();
    }
}
