using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>The child page as the barnkontakt and a colleague use it: concerns, the plan, the behovskompass, live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChildPageTests(BrowserFixture fixture)
{
    private const string Ready = "body[data-child='ready']";

    [Fact]
    public async Task BarnkontaktAcknowledgesAConcernAndRecordsTheOrosanmalanFromTheChildPage()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        using var johan = await fixture.System.SignInAsync("johan-polis");
        var child = await erik.RegisterAsync("Nils Ahl", "erik-rektor", age: 11);
        await johan.PostAsync($"/api/children/{child}/concerns", new { text = "Nils sov i trappuppgången.", areas = new[] { "Safe", "CaredFor" }, childMayBeAtRisk = true });
        var page = await fixture.OpenAsync("erik-rektor", $"/barn/{child}", Ready);
        var card = page.Locator(".concern-card", new() { HasText = "Nils sov i trappuppgången." });
        await Expect(card).ToContainTextAsync("Anmäld av Johan Ek, Polis");
        await Expect(card.GetByTestId("mandatory-report")).ToContainTextAsync("orosanmälan till socialtjänsten ska göras");

        await card.GetByRole(AriaRole.Button, new() { Name = "Kvittera" }).ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-status", "Acknowledged");
        await Expect(card.GetByTestId("close-blocked")).ToHaveTextAsync("Oron kan inte avslutas förrän orosanmälan är registrerad.");
        await Expect(card.Locator("summary", new() { HasText = "Avsluta oron" })).ToHaveCountAsync(0);

        await card.Locator("summary", new() { HasText = "Registrera orosanmälan" }).ClickAsync();
        await card.GetByLabel("Vem gjorde orosanmälan?").FillAsync("Erik Sandberg");
        await card.GetByRole(AriaRole.Button, new() { Name = "Registrera orosanmälan" }).ClickAsync();
        await Expect(card.GetByTestId("mandatory-report")).ToContainTextAsync("Orosanmälan gjord av Erik Sandberg");

        await card.Locator("summary", new() { HasText = "Avsluta oron" }).ClickAsync();
        await card.GetByLabel("Avsluta som").SelectOptionAsync(new SelectOptionValue { Label = "Hänvisad till barnteam" });
        await card.GetByLabel("Vad gjordes, eller varför barnteamet?").FillAsync("Tas upp i barnteamet på torsdag.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Avsluta oron" }).ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-status", "ReferredToTeam");
        await Expect(card).ToContainTextAsync("Tas upp i barnteamet på torsdag.");
        await BrowserFixture.CaptureAsync(page, "child-page-concern-closed");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APlanChangeOnTheChildPageAppearsOnAColleaguesOpenChildPageWithinOneSecondWithoutReload()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var child = await erik.RegisterAsync("Ines Falk", "erik-rektor", age: 8);
        await erik.ConsentAsync(child, "SocialServices");
        await erik.PutAsync($"/api/children/{child}/plan", new { goals = Array.Empty<object>(), supportCoordinatorId = "sara-soc", expectedVersion = await erik.PlanVersionAsync(child) });
        var mine = await fixture.OpenAsync("erik-rektor", $"/barn/{child}", Ready);
        var colleague = await fixture.OpenAsync("sara-soc", $"/barn/{child}", Ready);
        await colleague.EvaluateAsync("() => { window.__sameDocument = true; }");

        await mine.GetByText("Lägg till insats", new() { Exact = true }).First.ClickAsync();
        var form = mine.GetByTestId("add-action-form");
        await form.GetByLabel("Ny insats").FillAsync("Läxhjälp två dagar i veckan");
        await form.GetByLabel("Ansvarig").SelectOptionAsync(new SelectOptionValue { Label = "Sara Nyström – Socialsekreterare" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till insats" }).ClickAsync();

        var row = colleague.GetByTestId("plan-actions").Locator("tr", new() { HasText = "Läxhjälp två dagar i veckan" });
        await Expect(row).ToBeVisibleAsync(new() { Timeout = 1000 });
        await Expect(row).ToContainTextAsync("Sara Nyström");
        await Expect(row).ToContainTextAsync("ändrad av Erik Sandberg");
        Assert.True(await colleague.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await BrowserFixture.CaptureAsync(colleague, "child-page-live-plan");
        await mine.Context.CloseAsync();
        await colleague.Context.CloseAsync();
    }

    [Fact]
    public async Task ASaveOverSomeoneElsesPlanChangeIsRefusedAsChangedFirstAndShowsWhatNowApplies()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        using var sara = await fixture.System.SignInAsync("sara-soc");
        var child = await erik.RegisterAsync("Jon Gran", "erik-rektor", age: 10);
        // A stödsamordnare from another agency edits the plan only while the guardians' consent covers that agency.
        await erik.ConsentAsync(child, "SocialServices");
        await erik.PutAsync($"/api/children/{child}/plan", new { goals = Array.Empty<object>(), supportCoordinatorId = "sara-soc", expectedVersion = await erik.PlanVersionAsync(child) });
        var page = await fixture.OpenAsync("erik-rektor", $"/barn/{child}", Ready);
        await page.GetByText("Ändra mål, uppföljning och stödsamordnare").ClickAsync();
        var form = page.GetByTestId("plan-details-form");
        await form.GetByLabel("Barnets egna ord").FillAsync("Jag vill spela fotboll.");

        var followUp = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd");
        await sara.PutAsync($"/api/children/{child}/plan", new { goals = Array.Empty<object>(), supportCoordinatorId = "sara-soc", nextFollowUp = followUp, expectedVersion = await sara.PlanVersionAsync(child) });
        await Expect(page.GetByTestId("plan-details")).ToContainTextAsync(followUp);
        await form.GetByRole(AriaRole.Button, new() { Name = "Spara planen" }).ClickAsync();

        await Expect(page.GetByTestId("plan-message")).ToContainTextAsync("Någon annan ändrade det här först");
        await Expect(page.GetByTestId("plan-message")).ToContainTextAsync($"uppföljning {followUp}");
        await Expect(form.Locator(".error-summary")).ToContainTextAsync("Någon annan ändrade det här först");
        await BrowserFixture.CaptureAsync(page, "child-page-stale-plan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktRecordsTheChildsOwnViewOfTheBehovskompassInTheChildsWords()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var child = await erik.RegisterAsync("Kim Ros", "erik-rektor", age: 12);
        var page = await fixture.OpenAsync("erik-rektor", $"/barn/{child}", Ready);
        await Expect(page.GetByTestId("scale-legend").First).ToContainTextAsync("Högre är bättre");

        await page.GetByText("Registrera en bedömning").ClickAsync();
        var form = page.GetByTestId("assessment-form");
        await form.GetByLabel("Vems bedömning").SelectOptionAsync(new SelectOptionValue { Label = "Barnets egen syn" });
        await form.GetByLabel("Jag känner mig trygg (Trygghet)").SelectOptionAsync("4");
        await form.GetByLabel("Jag trivs med min fritid (Fritid)").SelectOptionAsync("2");
        await form.GetByRole(AriaRole.Button, new() { Name = "Spara bedömningen" }).ClickAsync();

        var safe = page.GetByTestId("compass-table").Locator("tr[data-area='Safe'] td").Nth(2);
        await Expect(safe).ToHaveTextAsync("4");
        await Expect(page.Locator("[data-testid='child-own-compass'] [data-area='Leisure']")).ToHaveAttributeAsync("data-value", "2");
        await page.Context.CloseAsync();
    }
}
