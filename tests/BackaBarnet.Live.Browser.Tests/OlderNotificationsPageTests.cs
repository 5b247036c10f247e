using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.TestSupport;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>"Visa äldre notiser" on the inbox page pages back through the archive, on a phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OlderNotificationsPageTests(BrowserFixture fixture)
{
    private const string Contact = "lena-barnmorska";

    /// <summary>More than the 100 read ones the live inbox keeps: reading them all moves all but 50 to the archive.</summary>
    private const int Concerns = 105;

    [Fact]
    public async Task OlderNotificationsPageBackFromTheArchiveAtPhoneWidthAndOnTheDesktop()
    {
        var childName = $"Arkivbarnet {Guid.NewGuid().ToString("N")[..4]}";
        using var reporter = await fixture.System.SignInAsync("johan-polis");
        using var contact = await fixture.System.SignInAsync(Contact);
        var child = await contact.RegisterChildAsync(childName, Contact);
        for (var i = 1; i <= Concerns; i++)
        {
            await reporter.RaiseConcernAsync(child.ChildId, $"Oro nummer {i}", "Safe");
        }

        await Eventually.HoldsAsync(
            async () => (await contact.Http.GetFromJsonAsync<InboxView>("/api/me/inbox", Json.Options))!.Items.Count(n => n.Title.Contains(childName, StringComparison.Ordinal)) == Concerns,
            TimeSpan.FromSeconds(30), "every concern in the inbox");
        (await contact.Http.PostAsync("/api/me/inbox/read-all", null)).EnsureSuccessStatusCode();

        foreach (var (viewport, name) in new[] { (new ViewportSize { Width = 390, Height = 844 }, "phone"), (new ViewportSize { Width = 1280, Height = 900 }, "desktop") })
        {
            var page = await fixture.OpenAsync(Contact, "/inbox.html", "body[data-inbox='ready']", viewport);
            var live = await page.GetByTestId("inbox-list").Locator("li", new() { HasText = childName }).CountAsync();
            var older = page.GetByTestId("older-list").Locator("li", new() { HasText = childName });
            var button = page.GetByRole(AriaRole.Button, new() { Name = "Visa äldre notiser" });

            await button.ClickAsync();
            await Expect(page.GetByTestId("older-list").Locator("li")).ToHaveCountAsync(ArchivedInboxPage.DefaultTake);
            await BrowserFixture.CaptureAsync(page, $"inbox-older-{name}");
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var axe = await page.RunAxe();
            while (await button.IsVisibleAsync())
            {
                await button.ClickAsync();
                await page.WaitForFunctionAsync("() => !document.getElementById('show-older').disabled");
            }

            // Every notification of this child once: in the live list or among the older ones, none on both.
            Assert.Equal(Concerns, live + await older.CountAsync());
            Assert.True(live <= 100, $"{live} of them still live");
            Assert.True(widths[0] <= widths[1], $"{widths[0]} px wide in a {widths[1]} px window");
            Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
            await page.Context.CloseAsync();
        }
    }
}
