using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>A person who cannot use a mouse reaches every control with the Tab key alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    // What a browser puts in the tab order; hidden, disabled and closed-disclosure controls are not expected to get focus.
    // Every disclosure open first, so the forms inside them are walked too.
    private const string MarkControls = @"() => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex=""-1""])';
        const visible = e => e.checkVisibility({ visibilityProperty: true });
        const controls = [...document.querySelectorAll(selector)].filter(visible);
        controls.forEach((e, i) => e.setAttribute('data-keyboard-check', String(i)));
        return controls.length;
    }";

    private const string DescribeUnreached = @"reached => [...document.querySelectorAll('[data-keyboard-check]')]
        .filter(e => !reached.includes(e.getAttribute('data-keyboard-check')))
        .map(e => e.tagName.toLowerCase() + ' ' + (e.getAttribute('aria-label') || e.textContent || e.name || '').trim().slice(0, 40))";

    [Theory]
    [InlineData("start page of a barnkontakt")]
    [InlineData("child page, full view")]
    [InlineData("meeting open")]
    [InlineData("Mina insatser")]
    public async Task EveryVisibleControlIsReachedWithTheTabKey(string stop)
    {
        var world = await fixture.WorldAsync();
        var tour = PageTour.Named(stop);
        var page = await fixture.OpenAsync(tour.ProfessionalId, tour.Path(world), tour.Ready);
        var controls = await page.EvaluateAsync<int>(MarkControls);

        var reached = new HashSet<string>();
        // Twice round the page at most: a control outside the tab order is never reached however long we go on.
        for (var press = 0; press < controls * 2 + 10 && reached.Count < controls; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('data-keyboard-check')") is { } mark)
            {
                reached.Add(mark);
            }
        }

        Console.WriteLine($"keyboard {stop}: {reached.Count} of {controls} controls reached with Tab");
        var unreached = await page.EvaluateAsync<string[]>(DescribeUnreached, reached.ToArray());
        Assert.True(controls > 5, $"{stop}: only {controls} controls found; the page did not load as expected");
        Assert.True(unreached.Length == 0, $"{stop}: {unreached.Length} of {controls} controls never got focus: {string.Join("; ", unreached.Take(10))}");
        await page.Context.CloseAsync();
    }
}
