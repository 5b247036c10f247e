using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>The running system plus Debian's headless Chromium driven by Playwright (no downloaded browser).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private Task<Workspace.WorkspaceWorld>? world;

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

    /// <summary>The children and meetings the page tours visit, made once for the collection.</summary>
    public Task<Workspace.WorkspaceWorld> WorldAsync() => world ??= Workspace.WorkspaceWorld.CreateAsync(System);

    /// <summary>A fresh browser context (its own session storage) with the app open and signed in.</summary>
    public async Task<IPage> OpenSignedInAsync(string professionalId, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, professionalId);
        await page.WaitForSelectorAsync("body[data-live='ready']");
        return page;
    }

    /// <summary>Signed in, then at <paramref name="path"/> once <paramref name="ready"/> shows (roles without a start page go to their own page first).</summary>
    public async Task<IPage> OpenAsync(string professionalId, string path, string ready, ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await SignInAsync(page, professionalId);
        await page.WaitForSelectorAsync("[data-testid='shell']");
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(ready);
        return page;
    }

    private async Task<IPage> NewPageAsync(ViewportSize? viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = System.BaseAddress.ToString(),
            Locale = "sv-SE",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>The development sign-in, as a person uses it on the start page (the one place tests sign in).</summary>
    private static async Task SignInAsync(IPage page, string professionalId)
    {
        await page.GotoAsync("/");
        await page.ClickAsync($"button[data-professional-id='{professionalId}']");
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
