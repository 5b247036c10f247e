using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Begäran om insats in the browser: sent from the child page, answered from the intake's queue.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupportRequestPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task BarnkontaktSendsARequestAndReadsWhyTheIntakeDeclinedIt()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var childId = await erik.RegisterAsync("Maj Berg", "erik-rektor", age: 8);
        await erik.ConsentAsync(childId, "SocialServices");

        var child = await fixture.OpenAsync("erik-rektor", $"/barn/{childId}", "body[data-child='ready']");
        var part = child.GetByTestId("support-requests");
        await part.GetByText("Skicka en begäran om insats").ClickAsync();
        await part.GetByLabel("Till verksamhet").SelectOptionAsync(new SelectOptionValue { Label = "Socialtjänst" });
        await part.GetByLabel("Frågan").FillAsync("Behöver Maj stöd efter skolan?");
        await part.GetByLabel("Fritid").CheckAsync();
        await part.GetByRole(AriaRole.Button, new() { Name = "Skicka begäran" }).ClickAsync();
        await Expect(part.GetByTestId("support-request")).ToContainTextAsync("Skickad, väntar på svar");
        await BrowserFixture.CaptureAsync(child, "i20b-child-support-request-sent");

        var queue = await fixture.OpenAsync("sara-soc", "/begaran.html", "body[data-page='ready']");
        var card = queue.GetByTestId("support-request").Filter(new() { HasText = "Maj Berg" });
        await Expect(card).ToContainTextAsync("Behöver Maj stöd efter skolan?");
        await card.GetByLabel("Skäl till att avböja").FillAsync("Fritidsgården har redan kontakt med familjen.");
        await BrowserFixture.CaptureAsync(queue, "i20b-begaran-queue");
        await card.GetByRole(AriaRole.Button, new() { Name = "Avböj" }).ClickAsync();
        await Expect(queue.GetByTestId("support-request").Filter(new() { HasText = "Maj Berg" })).ToHaveCountAsync(0);

        await Expect(part.GetByTestId("decline-reason")).ToHaveTextAsync("Skäl: Fritidsgården har redan kontakt med familjen.");
        await BrowserFixture.CaptureAsync(child, "i20b-child-support-request-declined");
        await queue.Context.CloseAsync();
        await child.Context.CloseAsync();
    }
}
