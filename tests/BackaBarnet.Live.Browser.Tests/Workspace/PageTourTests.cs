using System.Text.RegularExpressions;
using BackaBarnet.Live.TestSupport;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Every page and main state: axe finds nothing serious, it fits a 390 px phone, and it speaks Swedish.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageTourTests(BrowserFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    // What the server says in English, which must never reach a Swedish page.
    private static readonly string[] EnglishRefusals =
    [
        "is required", "must be", "must not", "You have no role", "Only the", "not permitted", "The request", "Someone else",
        "HubException", "is not a", "cannot become", "undefined", "null", "NaN", "[object Object]", "Error",
    ];

    /// <summary>
    /// One visit per page and state, on a 390×844 phone (each visit costs a sign-in and a page load on
    /// a busy 2-core machine, so the three checks share it): the page fits without sideways
    /// scrolling, its visible text has no English refusal and no id, and axe finds nothing serious.
    /// </summary>
    [Theory]
    [MemberData(nameof(Stops))]
    public async Task EveryPageAndStateFitsAPhoneSpeaksSwedishAndHasNoSeriousAxeViolation(string stop)
    {
        var page = await OpenAsync(PageTour.Named(stop), Phone);
        var problems = new List<string>();

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        await BrowserFixture.CaptureAsync(page, $"phone-{Slug(stop)}");
        if (widths[0] > widths[1])
        {
            // Name the outermost elements that reach past the window, so the failure says where to look.
            var wide = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > window.innerWidth + 1))
                .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')");
            problems.Add($"{widths[0]} px wide in a {widths[1]} px window: {string.Join(", ", wide)}");
        }

        // Every disclosure open, so the forms' own texts are read too.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        problems.AddRange(EnglishRefusals.Where(english => text.Contains(english, StringComparison.Ordinal)).Select(english => $"English on the page: \"{english}\""));
        problems.AddRange(Guid().Matches(text).Select(m => $"an id on the page: {m.Value}"));

        var axe = await page.RunAxe();
        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Console.WriteLine($"axe {stop}: {axe.Violations.Length} violations, {serious.Length} serious or critical, {axe.Passes.Length} rules passed{string.Concat(axe.Violations.Select(v => $"; {v.Id} ({v.Impact})"))}");
        problems.AddRange(serious.Select(v => $"axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));

        Assert.True(problems.Count == 0, $"{stop}:\n{string.Join("\n", problems)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public void EveryPageOfTheWebAppIsOnTheTourSoAxeAndThePhoneCheckSeeIt()
    {
        var pages = Directory.GetFiles(Path.Combine(RepoPaths.Web, "wwwroot"), "*.html").Select(Path.GetFileName).Order().ToArray();
        var toured = PageTour.Stops.Select(s => s.Page).ToHashSet();

        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Contains(p!, toured));
    }

    public static TheoryData<string> Stops() => PageTour.Names();

    private async Task<IPage> OpenAsync(PageStop stop, ViewportSize? viewport = null)
    {
        var world = await fixture.WorldAsync();
        return await fixture.OpenAsync(stop.ProfessionalId, stop.Path(world), stop.Ready, viewport);
    }

    private static string Slug(string name) => SlugPattern().Replace(name.ToLowerInvariant(), "-");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();

    [GeneratedRegex("[^a-z0-9åäö]+")]
    private static partial Regex SlugPattern();
}
