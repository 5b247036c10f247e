using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Registering children, convening a barnteam and what a refusal looks like, in Swedish.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TwoChildrenRegisteredInARowKeepTheChosenBarnkontakt()
    {
        var page = await fixture.OpenSignedInAsync("maria-forskola");
        var form = page.Locator("#register-child-form");
        await form.GetByLabel("Barnkontakt").SelectOptionAsync(new SelectOptionValue { Label = "Anna Lindqvist – BVC-sjuksköterska, BVC Backa" });

        foreach (var name in new[] { "Första Barnet", "Andra Barnet" })
        {
            await form.GetByLabel("Barnets namn").FillAsync(name);
            await form.GetByRole(AriaRole.Button, new() { Name = "Registrera" }).ClickAsync();
            await Expect(form.Locator("#register-message")).ToContainTextAsync($"{name} är registrerad");
            await Expect(form.GetByLabel("Barnkontakt")).ToHaveValueAsync("anna-bvc");
        }

        using var anna = await fixture.System.SignInAsync("anna-bvc");
        var caseload = (await anna.GetAsync("/api/me/children")).EnumerateArray().Select(c => c.GetProperty("childDisplayName").GetString()).ToArray();
        Assert.Contains("Första Barnet", caseload);
        Assert.Contains("Andra Barnet", caseload);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RegistrationChecksThePersonnummerAsYouTypeAndSendsItOnlyInTheBody()
    {
        var page = await fixture.OpenSignedInAsync("anna-bvc");
        var urls = new List<string>();
        page.Request += (_, request) => urls.Add(request.Url);
        var personnummer = TestPersonnummer.AgedYears(1);
        var wrong = personnummer[..^1] + (char)('0' + ((personnummer[^1] - '0' + 1) % 10));
        var form = page.Locator("#register-child-form");

        await form.GetByLabel("Personnummer").FillAsync(wrong);
        await Expect(form.Locator("#child-personnummer-hint")).ToHaveTextAsync("Personnumret har fel kontrollsiffra. Kontrollera att alla siffror stämmer.");
        await form.GetByLabel("Personnummer").FillAsync(personnummer);
        await Expect(form.Locator("#child-personnummer-hint")).ToHaveTextAsync("Personnumret ser rätt ut.");
        await form.GetByLabel("Barnets namn").FillAsync("Yrsa Holm");
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrera" }).ClickAsync();

        await Expect(form.Locator("#register-message")).ToContainTextAsync("Yrsa Holm är registrerad");
        Assert.DoesNotContain(urls, u => u.Contains(personnummer[..8]) || u.Contains(personnummer[2..8]));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ARefusalIsShownInSwedishBesideTheFieldWithAnErrorSummaryAtTheTop()
    {
        using var anna = await fixture.System.SignInAsync("anna-bvc");
        var personnummer = TestPersonnummer.AgedYears(2);
        await anna.PostAsync("/api/children", new { displayName = "Först", childContactId = "anna-bvc", personnummer });
        var page = await fixture.OpenSignedInAsync("anna-bvc");
        var form = page.Locator("#register-child-form");

        await form.GetByLabel("Barnets namn").FillAsync("Samma nummer");
        await form.GetByLabel("Personnummer").FillAsync(personnummer);
        await form.GetByRole(AriaRole.Button, new() { Name = "Registrera" }).ClickAsync();

        var summary = form.Locator(".error-summary");
        await Expect(summary).ToContainTextAsync("Det finns ett problem");
        await Expect(summary).ToContainTextAsync("Ett barn med det personnumret är redan registrerat.");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(form.Locator(".field-error")).ToHaveTextAsync("Ett barn med det personnumret är redan registrerat.");
        await Expect(form.GetByLabel("Personnummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.CaptureAsync(page, "form-error-summary");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConvenerInvitesOnlyPractitionersAndTheFamilyAndGetsNoInvitationToHerOwnMeeting()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        await erik.RegisterAsync("Åke Strand", "erik-rektor", age: 9);
        await erik.PostAsync("/api/me/inbox/read-all");
        var page = await fixture.OpenAsync("erik-rektor", "/moten.html", "body[data-page='ready']");
        var form = page.Locator("#convene-form");
        await Expect(form.Locator("#convene-professionals")).Not.ToContainTextAsync("Karin Ström");
        await Expect(form.Locator("#convene-professionals")).Not.ToContainTextAsync("Olle Dahl");
        await Expect(form.Locator("#convene-professionals")).Not.ToContainTextAsync("Eva Forsberg");
        await Expect(form.Locator("#convene-professionals")).Not.ToContainTextAsync("Erik Sandberg");

        await form.GetByLabel("Barn", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Åke Strand" });
        await form.GetByLabel("Sara Nyström").CheckAsync();
        await form.GetByLabel("Vårdnadshavare 1 (namn)").FillAsync("Åsa Strand");
        await form.GetByLabel("Barnet deltar").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Kalla till mötet" }).ClickAsync();
        var link = page.GetByTestId("convened-link");
        await Expect(page.Locator("#convene-message")).ToHaveTextAsync("Mötet är bokat. Gå till mötet");
        await link.ClickAsync();
        await page.WaitForSelectorAsync("body[data-session-ready='true']");

        var presence = page.GetByTestId("presence-list");
        await Expect(presence).ToContainTextAsync("Åsa Strand");
        await Expect(presence).ToContainTextAsync("Vårdnadshavare");
        await Expect(presence.Locator("[data-kind='Child']")).ToContainTextAsync("Åke Strand");
        var inbox = await erik.GetAsync("/api/me/inbox");
        Assert.DoesNotContain(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "MeetingInvitation");
        await page.Context.CloseAsync();
    }
}
