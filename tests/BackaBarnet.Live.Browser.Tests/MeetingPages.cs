using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>Opening the meeting page and finding its parts, shared by the meeting tests.</summary>
internal static class MeetingPages
{
    public const float OneSecond = 1000;

    /// <summary>Signs in, lets <paramref name="beforeOpen"/> prepare the page (e.g. route its WebSocket), then opens the meeting.</summary>
    public static async Task<IPage> OpenMeetingAsync(this BrowserFixture fixture, string professionalId, Meeting meeting, Func<IPage, Task>? beforeOpen = null)
    {
        var page = await fixture.OpenSignedInAsync(professionalId);
        if (beforeOpen is not null)
        {
            await beforeOpen(page);
        }

        await page.GotoAsync(meeting.Path);
        await page.WaitForSelectorAsync("body[data-session-ready='true']");
        // A marker on the window object disappears if the page reloads or navigates.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        return page;
    }

    public static Task<bool> IsTheSameDocumentAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__sameDocument === true");

    public static ILocator ActionRow(IPage page, Meeting meeting, string what) =>
        page.GetByTestId($"plan-table-{meeting.ChildId}").Locator("tr[data-action-id]:not(.editing)", new() { Has = page.GetByText(what, new() { Exact = true }) });

    public static ILocator AreaRow(IPage page, Meeting meeting, string area) =>
        page.GetByTestId($"ratings-table-{meeting.ChildId}").Locator($"tr[data-area='{area}']");

    public static ILocator Presence(IPage page, string participantId) =>
        page.Locator($"[data-testid='presence-list'] [data-participant-id='{participantId}']");

    public static async Task AddActionAsync(IPage page, Meeting meeting, string what, string assignee)
    {
        var form = page.GetByTestId($"new-action-{meeting.ChildId}");
        await form.GetByLabel("Ny insats").FillAsync(what);
        await form.GetByLabel("Ansvarig").SelectOptionAsync(new SelectOptionValue { Label = assignee });
        await form.GetByLabel("Klart senast").FillAsync(DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till insats" }).ClickAsync();
    }

    public static async Task SaveEditAsync(IPage page, Meeting meeting, string what)
    {
        var row = page.GetByTestId($"plan-table-{meeting.ChildId}").Locator("tr.editing");
        await row.GetByLabel("Insats").FillAsync(what);
        await row.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
    }

    public static async Task RateAsync(IPage page, Meeting meeting, string area, string value)
    {
        await page.GetByTestId($"rating-{meeting.ChildId}-{area}").SelectOptionAsync(value);
        await page.GetByTestId($"submit-ratings-{meeting.ChildId}").ClickAsync();
        await Expect(page.GetByTestId($"ratings-message-{meeting.ChildId}")).ToContainTextAsync("sparade");
    }

    public static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }
}
