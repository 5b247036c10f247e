using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>The running system plus Debian's headless Chromium driven by Playwright (no downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public LiveSystem System { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await System.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await System.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own session storage) with the app open and signed in.</summary>
    public async Task<IPage> OpenSignedInAsync(string professionalId)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = System.BaseAddress.ToString(), Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.ClickAsync($"button[data-professional-id='{professionalId}']");
        await page.WaitForSelectorAsync("body[data-live='ready']");
        return page;
    }

    /// <summary>Saves a screenshot when BB_SCREENSHOT_DIR is set, so a person can look at what the tests saw.</summary>
    public static async Task CaptureAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("BB_SCREENSHOT_DIR") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }
}
