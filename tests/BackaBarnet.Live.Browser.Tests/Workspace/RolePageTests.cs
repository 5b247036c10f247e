using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>The shell and the pages of the roles that reach no child: log review, operations, pilot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RolePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AuditorSignsInToTheLogReviewAndSeesWhatAProfessionalAccessed()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        await erik.RegisterAsync("Loggbarn", "erik-rektor", age: 9);
        var page = await fixture.OpenAsync("karin-revisor", "/", "body[data-page='ready']");
        Assert.EndsWith("/loggkontroll.html", page.Url);
        await Expect(page.GetByTestId("shell").GetByRole(AriaRole.Link, new() { Name = "Loggkontroll" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.GetByTestId("shell").GetByRole(AriaRole.Link, new() { Name = "Mina barn" })).ToHaveCountAsync(0);

        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Erik Sandberg – Grundskolerektor" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa loggen" }).ClickAsync();

        await Expect(page.GetByTestId("audit-entries")).ToContainTextAsync("Registrerade barnet");
        await Expect(page.GetByTestId("audit-entries")).ToContainTextAsync("Erik Sandberg, Grundskolerektor");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ShellShowsThePersonWithTitleAndUnitAndSignsOut()
    {
        var page = await fixture.OpenAsync("sara-soc", "/mina-barn.html", "body[data-page='ready']");
        var shell = page.GetByTestId("shell");
        await Expect(shell).ToContainTextAsync("Sara Nyström");
        await Expect(shell).ToContainTextAsync("Socialsekreterare, Socialtjänsten Backa");
        await Expect(shell.GetByTestId("connection-state")).ToHaveTextAsync("Live");
        await Expect(shell.GetByRole(AriaRole.Link, new() { Name = "Drift" })).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" })).ToBeFocusedAsync();
        await shell.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
