using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Handled concerns beyond the newest ten are in the archive: the child page pages them in on request.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OlderConcernsPageTests(BrowserFixture fixture)
{
    private const string Ready = "body[data-child='ready']";

    /// <summary>25 handled: at the 20th the oldest 10 went to the archive, so 15 are in the record.</summary>
    private const int Handled = 25;

    [Fact]
    public async Task TheBarnkontaktShowsTheArchivedHandledConcernsOnAPhoneAndADesktop()
    {
        using var maria = await fixture.System.SignInAsync("maria-forskola");
        var child = await maria.RegisterAsync("Ville Ek", "maria-forskola", age: 5);
        for (var i = 1; i <= Handled; i++)
        {
            var raised = await maria.PostAsync($"/api/children/{child}/concerns", new { text = $"Ville var ledsen vid lämningen (gång {i}).", areas = new[] { "Safe" } });
            var concernId = raised.GetProperty("concernId").GetGuid();
            await maria.PostAsync($"/api/children/{child}/concerns/{concernId}/acknowledge");
            await maria.PostAsync($"/api/children/{child}/concerns/{concernId}/close", new { outcome = "Handled", whatWasDone = $"Samtal med vårdnadshavare (gång {i})." });
        }

        foreach (var (viewport, name) in new[] { (new ViewportSize { Width = 390, Height = 844 }, "phone"), (new ViewportSize { Width = 1280, Height = 900 }, "desktop") })
        {
            var page = await fixture.OpenAsync("maria-forskola", $"/barn/{child}", Ready, viewport);
            var concerns = page.GetByTestId("concerns");
            await Expect(concerns.GetByTestId("concerns-list").Locator(".concern-card")).ToHaveCountAsync(15);
            await Expect(concerns.GetByTestId("older-concerns-list").Locator(".concern-card")).ToHaveCountAsync(0);

            await concerns.GetByRole(AriaRole.Button, new() { Name = "Visa äldre avslutade orosanmälningar" }).ClickAsync();

            var older = concerns.GetByTestId("older-concerns-list").Locator(".concern-card");
            await Expect(older).ToHaveCountAsync(10);
            await Expect(older.First).ToContainTextAsync("Ville var ledsen vid lämningen (gång 10).");
            await Expect(older.Last).ToContainTextAsync("Samtal med vårdnadshavare (gång 1).");
            await Expect(concerns.GetByTestId("show-older-concerns")).ToBeHiddenAsync();
            await Expect(page.Locator("#child-status")).ToContainTextAsync("Alla äldre avslutade orosanmälningar visas (10).");

            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}").ToArray();
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            await older.First.ScrollIntoViewIfNeededAsync();
            await BrowserFixture.CaptureAsync(page, $"older-concerns-{name}");

            Assert.True(serious.Length == 0, $"{name}: {string.Join("\n", serious)}");
            Assert.True(widths[0] <= widths[1], $"{name} is {widths[0]} px wide in a {widths[1]} px window");
            await page.Context.CloseAsync();
        }
    }
}
