using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Handing the barnkontakt role over, the family declining support, consent and the other forums.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BarnkontaktRoleTests(BrowserFixture fixture)
{
    private const string Ready = "body[data-child='ready']";

    [Fact]
    public async Task BarnkontaktProposesAHandoverAndTheReceiverAcceptsItFromTheNotification()
    {
        using var maria = await fixture.System.SignInAsync("maria-forskola");
        var child = await maria.RegisterAsync("Liv Sjö", "maria-forskola", age: 6);
        var proposer = await fixture.OpenAsync("maria-forskola", $"/barn/{child}", Ready);

        await proposer.GetByText("Föreslå överlämning av barnkontaktsrollen").ClickAsync();
        var form = proposer.GetByTestId("handover-form");
        await form.GetByLabel("Till", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Erik Sandberg – Grundskolerektor, Backaskolan" });
        await form.GetByLabel("Vilket stöd har barnet fått?").FillAsync("Språkstöd och bildschema.");
        await form.GetByLabel("Vad har fungerat?").FillAsync("Korta samlingar.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Föreslå överlämning" }).ClickAsync();
        await Expect(proposer.GetByTestId("pending-handover")).ToContainTextAsync("Överlämning föreslagen till Erik Sandberg");

        var receiver = await fixture.OpenAsync("erik-rektor", "/inbox.html", "body[data-inbox='ready']");
        await receiver.GetByTestId("inbox-list").GetByText("Överlämning av barnkontaktsrollen för Liv Sjö föreslås till dig").First.ClickAsync();
        await receiver.WaitForSelectorAsync(Ready);
        Assert.EndsWith($"/barn/{child}", receiver.Url);
        await Expect(receiver.GetByTestId("pending-handover")).ToContainTextAsync("Maria Holm föreslår att du tar över barnkontaktsrollen för Liv Sjö");
        await receiver.GetByRole(AriaRole.Button, new() { Name = "Ta över barnkontaktsrollen" }).ClickAsync();

        await Expect(receiver.GetByTestId("child-relation")).ToHaveTextAsync("Du är barnkontakt");
        await Expect(receiver.GetByTestId("child-header")).ToContainTextAsync("Erik Sandberg, Grundskolerektor, Backaskolan");
        await Expect(proposer.GetByTestId("view-explanation")).ToContainTextAsync("Du har lämnat över barnkontaktsrollen");
        await BrowserFixture.CaptureAsync(receiver, "child-page-handover-accepted");
        await proposer.Context.CloseAsync();
        await receiver.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktWithdrawsAProposedHandover()
    {
        using var maria = await fixture.System.SignInAsync("maria-forskola");
        var child = await maria.RegisterAsync("Max Dal", "maria-forskola", age: 6);
        await maria.PostAsync($"/api/children/{child}/handover", new { toProfessionalId = "erik-rektor", trigger = "ProposedByContact", supportGiven = "Stöd.", whatWorked = "Lugn." });
        var page = await fixture.OpenAsync("maria-forskola", $"/barn/{child}", Ready);

        await page.GetByRole(AriaRole.Button, new() { Name = "Återta förslaget" }).ClickAsync();

        await Expect(page.GetByTestId("pending-handover")).ToBeEmptyAsync();
        await Expect(page.GetByText("Föreslå överlämning av barnkontaktsrollen")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktRecordsThatTheFamilyDeclinesSupportAndThatTheyWithdrawTheDecline()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var child = await erik.RegisterAsync("Ola Vik", "erik-rektor", age: 9);
        var page = await fixture.OpenAsync("erik-rektor", $"/barn/{child}", Ready);

        await page.GetByText("Familjen avböjer stöd", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("decline-form").GetByLabel("Familjens skäl (valfritt)").FillAsync("Familjen vill klara sig själv just nu.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera att familjen avböjer stöd" }).ClickAsync();
        await Expect(page.GetByTestId("support-decline")).ToContainTextAsync("Familjen avböjde stöd från barnkontakt");
        await Expect(page.GetByTestId("child-header")).ToContainTextAsync("Familjen har avböjt stöd från barnkontakt");

        await page.GetByRole(AriaRole.Button, new() { Name = "Familjen tar tillbaka sitt avböjande" }).ClickAsync();
        await Expect(page.GetByTestId("support-decline")).ToBeEmptyAsync();
        await Expect(page.GetByTestId("child-header")).Not.ToContainTextAsync("avböjt");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktRecordsAndRevokesConsentForAnAgencyAndAddsALinkedForum()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var child = await erik.RegisterAsync("Pia Alm", "erik-rektor", age: 10);
        var page = await fixture.OpenAsync("erik-rektor", $"/barn/{child}", Ready);

        await page.GetByText("Registrera samtycke", new() { Exact = true }).First.ClickAsync();
        var consent = page.GetByTestId("consent-form");
        await consent.GetByLabel("Dela med").SelectOptionAsync(new SelectOptionValue { Label = "BUP" });
        await consent.GetByLabel("Vårdnadshavare som gav samtycket").FillAsync("Pias mamma");
        await consent.GetByLabel("Gäller till och med (valfritt)").FillAsync(DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd"));
        await consent.GetByRole(AriaRole.Button, new() { Name = "Registrera samtycke" }).ClickAsync();
        var row = page.GetByTestId("consents").Locator("tbody tr", new() { HasText = "BUP" });
        await Expect(row).ToContainTextAsync("Gäller");

        await row.GetByRole(AriaRole.Button, new() { Name = "Återkalla samtycket för BUP" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Återkallat");

        await page.GetByText("Lägg till forum", new() { Exact = true }).First.ClickAsync();
        var forum = page.GetByTestId("process-form");
        await forum.GetByLabel("Forum").SelectOptionAsync(new SelectOptionValue { Label = "SIP" });
        await forum.GetByLabel("Ansvarig (verksamhet eller person)").FillAsync("Region Skåne, BUP");
        await forum.GetByRole(AriaRole.Button, new() { Name = "Lägg till forum" }).ClickAsync();
        await Expect(page.GetByTestId("linked-processes")).ToContainTextAsync("Region Skåne, BUP");
        await Expect(page.GetByTestId("child-header")).ToContainTextAsync("redan en aktiv SIP");
        await page.Context.CloseAsync();
    }
}
