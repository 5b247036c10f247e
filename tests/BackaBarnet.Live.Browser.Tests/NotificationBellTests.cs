using BackaBarnet.Live.GrainInterfaces.Children;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>The bell in the header and the inbox page, driven through a real browser and real concerns.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationBellTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToHaveTextOptions WithinFiveSeconds = new() { Timeout = 5000 };

    [Fact]
    public async Task BellCountRisesWithoutReloadAndAToastAppearsWhenAConcernIsRaised()
    {
        using var reporter = await fixture.System.SignInAsync("johan-polis");
        var child = await ChildWithEmptyInboxAsync("lena-barnmorska", "Ines");
        var page = await OpenWithBellAsync("lena-barnmorska");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await Expect(Count(page)).ToBeHiddenAsync();

        await reporter.RaiseConcernAsync(child.ChildId, "Ines kommer ofta hungrig till förskolan.", "CaredFor");

        await Expect(Count(page)).ToHaveTextAsync("1", WithinFiveSeconds);
        await Expect(Count(page)).ToHaveAttributeAsync("aria-label", "1 oläst notis");
        var toast = page.GetByTestId("toast");
        await Expect(toast).ToContainTextAsync("Ny oro för Ines", new() { Timeout = 5000 });
        await Expect(toast).ToHaveAttributeAsync("role", "status");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await BrowserFixture.CaptureAsync(page, "bell-toast");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InboxPageListsTheConcernAndMarkingAllReadBringsTheBellToZero()
    {
        using var reporter = await fixture.System.SignInAsync("erik-rektor");
        var child = await ChildWithEmptyInboxAsync("anna-bvc", "Vera");
        await reporter.RaiseConcernAsync(child.ChildId, "Vera har varit borta från skolan i två veckor.", "Developing");
        var page = await OpenWithBellAsync("anna-bvc");

        await page.GetByTestId("bell").ClickAsync();
        await page.WaitForSelectorAsync("body[data-inbox='ready']");
        var item = page.GetByTestId("inbox-list").Locator("li", new() { HasText = "Ny oro för Vera" });
        await Expect(item).ToHaveClassAsync("inbox-item unread");
        await Expect(item).ToContainTextAsync("Ny oro");
        await Expect(item).ToContainTextAsync("Barn: Vera");
        await Expect(Count(page)).ToHaveTextAsync("1", WithinFiveSeconds);
        await BrowserFixture.CaptureAsync(page, "inbox-unread");

        await page.GetByRole(AriaRole.Button, new() { Name = "Markera alla som lästa" }).ClickAsync();

        await Expect(Count(page)).ToBeHiddenAsync(new() { Timeout = 5000 });
        await Expect(item).ToHaveClassAsync("inbox-item");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Markera alla som lästa" })).ToBeDisabledAsync();
        // The item waited in the inbox and was pushed again on connect: that is no news, so no toast.
        await Expect(page.GetByTestId("toast")).ToHaveCountAsync(0);
        await BrowserFixture.CaptureAsync(page, "inbox-all-read");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TwoTabsOfTheSameUserShowTheSameCountAfterAConcern()
    {
        using var reporter = await fixture.System.SignInAsync("sara-soc");
        var child = await ChildWithEmptyInboxAsync("maria-forskola", "Alva");
        var first = await OpenWithBellAsync("maria-forskola");
        // The token is in sessionStorage, which a tab opened from the page starts with a copy of,
        // as when the user opens the inbox in a new tab. Each tab has its own hub connection.
        var second = await first.Context.RunAndWaitForPageAsync(() => first.EvaluateAsync("() => { window.open('/inbox.html'); }"));
        await BellConnectedAsync(second);

        await reporter.RaiseConcernAsync(child.ChildId, "Alva gråter när hon ska gå hem.", "Safe");
        await reporter.RaiseConcernAsync(child.ChildId, "Alva har blåmärken på armarna.", "Safe", "Healthy");

        await Expect(Count(first)).ToHaveTextAsync("2", WithinFiveSeconds);
        await Expect(Count(second)).ToHaveTextAsync("2", WithinFiveSeconds);
        await Expect(second.GetByTestId("inbox-list").Locator("li.unread")).ToHaveCountAsync(2);
        await first.Context.CloseAsync();
    }

    private static ILocator Count(IPage page) => page.GetByTestId("bell-count");

    private static Task BellConnectedAsync(IPage page) =>
        page.WaitForSelectorAsync("[data-testid='bell'][data-state='connected']", new() { Timeout = 10000 });

    private async Task<IPage> OpenWithBellAsync(string professionalId)
    {
        var page = await fixture.OpenSignedInAsync(professionalId);
        await BellConnectedAsync(page);
        return page;
    }

    /// <summary>A new child of this barnkontakt, whose inbox is then all read so the bell starts at zero.</summary>
    private async Task<ChildSnapshot> ChildWithEmptyInboxAsync(string childContactId, string childName)
    {
        using var contact = await fixture.System.SignInAsync(childContactId);
        var child = await contact.RegisterChildAsync(childName, childContactId);
        (await contact.Http.PostAsync("/api/me/inbox/read-all", null)).EnsureSuccessStatusCode();
        return child;
    }
}
