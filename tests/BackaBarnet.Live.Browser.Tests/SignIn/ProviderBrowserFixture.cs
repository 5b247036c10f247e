using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests.SignIn;

/// <summary>
/// Two systems whose people sign in at the real OpenID Provider, one with the usual idle timeout and
/// one with a short one, and Debian's Chromium. The provider's pages load a web font from the
/// internet; that request is refused at once (nothing in the tests reaches the internet).
/// </summary>
public sealed class ProviderBrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public OidcSystem System { get; } = new();

    public ShortIdleSystem ShortIdle { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Task.WhenAll(System.InitializeAsync(), ShortIdle.InitializeAsync());
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(LiveSystem system)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = system.BaseAddress.ToString(), Locale = "sv-SE" });
        await context.RouteAsync("**/fonts.googleapis.com/**", route => route.AbortAsync());
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await System.DisposeAsync();
        await ShortIdle.DisposeAsync();
    }
}
