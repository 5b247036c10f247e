using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>
/// The barnteam meeting page with two participants in two browser contexts: what one does shows
/// up on the other's page live, without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingPageTests(BrowserFixture fixture)
{
    private const float OneSecond = 1000;

    [Fact]
    public async Task ConsensusSetOnOnePageAppearsOnTheOtherWithinOneSecondWithoutReload()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Ida", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);

        await convener.GetByTestId($"consensus-{meeting.ChildId}-Safe").SelectOptionAsync("4");

        await Expect(other.GetByTestId($"consensus-{meeting.ChildId}-Safe")).ToHaveValueAsync("4", new() { Timeout = OneSecond });
        await Expect(other.Locator($"[data-testid='compass-{meeting.ChildId}'] [data-area='Safe']"))
            .ToHaveAttributeAsync("data-value", "4", new() { Timeout = OneSecond });
        Assert.True(await IsTheSameDocumentAsync(other));
        await BrowserFixture.CaptureAsync(other, "meeting-consensus");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task PlanActionAssignedOnOnePageAppearsOnTheOtherWithinOneSecondWithoutReload()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Liam", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);

        await AddActionAsync(convener, meeting, "Samtal med familjen varje vecka", assignee: "Sara Nyström");

        var row = ActionRow(other, meeting, "Samtal med familjen varje vecka");
        await Expect(row).ToBeVisibleAsync(new() { Timeout = OneSecond });
        await Expect(row.Locator(".assignee")).ToHaveTextAsync("Sara Nyström");
        await Expect(row.Locator(".agency")).ToHaveTextAsync("Socialtjänst");
        await Expect(row.Locator(".status")).ToHaveTextAsync("Planerad");
        Assert.True(await IsTheSameDocumentAsync(other));
        await BrowserFixture.CaptureAsync(other, "meeting-plan");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task AnEditBasedOnAnOutdatedActionIsRefusedAndTheCurrentValueIsShown()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Ella", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);
        await AddActionAsync(convener, meeting, "Hembesök", assignee: "Sara Nyström");
        await Expect(ActionRow(other, meeting, "Hembesök")).ToBeVisibleAsync();

        // Both start editing the same version; the other saves first.
        await ActionRow(convener, meeting, "Hembesök").GetByRole(AriaRole.Button, new() { Name = "Ändra" }).ClickAsync();
        await ActionRow(other, meeting, "Hembesök").GetByRole(AriaRole.Button, new() { Name = "Ändra" }).ClickAsync();
        await SaveEditAsync(other, meeting, "Hembesök tillsammans med BVC");
        await Expect(ActionRow(other, meeting, "Hembesök tillsammans med BVC")).ToBeVisibleAsync();
        await SaveEditAsync(convener, meeting, "Hembesök i januari");

        var message = convener.GetByTestId($"plan-message-{meeting.ChildId}");
        await Expect(message).ToContainTextAsync("Din ändring av insatsen sparades inte: någon annan hann ändra den först.");
        await Expect(message).ToContainTextAsync("Nu gäller: ”Hembesök tillsammans med BVC”");
        await Expect(ActionRow(convener, meeting, "Hembesök tillsammans med BVC")).ToBeVisibleAsync();
        Assert.Equal(0, await ActionRow(other, meeting, "Hembesök i januari").CountAsync());
        await BrowserFixture.CaptureAsync(convener, "meeting-refused-edit");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task BothParticipantsAreShownAsPresentWithTheFamilyListedAndTheOneWhoLeavesIsNoLonger()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Maja", "sara-soc", "johan-polis");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);

        foreach (var page in new[] { convener, other })
        {
            await Expect(Presence(page, "erik-rektor")).ToHaveAttributeAsync("data-presence", "Present");
            await Expect(Presence(page, "sara-soc")).ToHaveAttributeAsync("data-presence", "Present");
            await Expect(Presence(page, "sara-soc")).ToContainTextAsync("I mötet");
            await Expect(Presence(page, "johan-polis")).ToContainTextAsync("Inte anslutit");
            await Expect(Presence(page, "mamma")).ToContainTextAsync("Majas mamma");
            await Expect(Presence(page, "mamma")).ToContainTextAsync("Vårdnadshavare");
            await Expect(Presence(page, "barnet")).ToContainTextAsync("Barnet");
        }

        await other.Context.CloseAsync();
        await Expect(Presence(convener, "sara-soc")).Not.ToHaveAttributeAsync("data-presence", "Present", new() { Timeout = 10_000 });
        await Expect(Presence(convener, "sara-soc")).ToContainTextAsync(new Regex("Har lämnat|Återansluter"));
        await BrowserFixture.CaptureAsync(convener, "meeting-presence");
        await convener.Context.CloseAsync();
    }

    [Fact]
    public async Task RatingsStayHiddenUntilTheConvenerRevealsThemAndThenShowTheDisagreement()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Noah", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);

        await RateAsync(convener, meeting, "Safe", "1");
        await RateAsync(other, meeting, "Safe", "4");
        await Expect(other.GetByTestId($"rated-count-{meeting.ChildId}")).ToContainTextAsync("2 har skattat");
        await Expect(convener.GetByTestId($"rated-count-{meeting.ChildId}")).ToContainTextAsync("2 har skattat");
        await Expect(convener.GetByTestId($"rating-{meeting.ChildId}-Safe")).ToHaveValueAsync("1");
        Assert.DoesNotContain("1", await AreaRow(other, meeting, "Safe").Locator(".spread").InnerTextAsync());
        await Expect(other.GetByTestId($"reveal-{meeting.ChildId}")).ToBeHiddenAsync();

        await convener.GetByRole(AriaRole.Button, new() { Name = "Visa allas skattningar" }).ClickAsync();

        foreach (var page in new[] { convener, other })
        {
            var safe = AreaRow(page, meeting, "Safe");
            await Expect(safe).ToHaveClassAsync(new Regex("disagreement"), new() { Timeout = OneSecond });
            await Expect(safe).ToContainTextAsync("Olika bedömningar");
            await Expect(safe.Locator(".range")).ToHaveTextAsync("1–4");
            await Expect(AreaRow(page, meeting, "Healthy")).Not.ToContainTextAsync("Olika bedömningar");
        }

        await BrowserFixture.CaptureAsync(convener, "meeting-revealed");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task PlanDetailsSavedOnOnePageAppearOnTheOtherWithinOneSecond()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Alva", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);

        var details = convener.GetByTestId($"details-{meeting.ChildId}");
        await details.GetByRole(AriaRole.Button, new() { Name = "Lägg till mål" }).ClickAsync();
        await details.GetByLabel("Mål", new() { Exact = true }).FillAsync("Alva känner sig trygg på rasterna");
        await details.GetByLabel("Trygghet").CheckAsync();
        await details.GetByLabel("Stödsamordnare").SelectOptionAsync(new SelectOptionValue { Label = "Sara Nyström" });
        await details.GetByLabel("Beslut och anteckningar").FillAsync("Skolan ordnar en rastvärd.");
        await details.GetByRole(AriaRole.Button, new() { Name = "Spara plandetaljer" }).ClickAsync();

        var seen = other.GetByTestId($"details-{meeting.ChildId}");
        await Expect(seen.GetByLabel("Stödsamordnare")).ToHaveValueAsync("sara-soc", new() { Timeout = OneSecond });
        await Expect(seen.GetByLabel("Mål", new() { Exact = true })).ToHaveValueAsync("Alva känner sig trygg på rasterna");
        await Expect(seen.GetByLabel("Trygghet")).ToBeCheckedAsync();
        await Expect(seen.GetByLabel("Beslut och anteckningar")).ToHaveValueAsync("Skolan ordnar en rastvärd.");
        Assert.True(await IsTheSameDocumentAsync(other));
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task PlanDetailsSavedOverSomeoneElsesNewerSaveAreRefusedAndTheCurrentDetailsAreShown()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Hugo", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);

        var mine = convener.GetByTestId($"details-{meeting.ChildId}");
        await mine.GetByLabel("Beslut och anteckningar").FillAsync("Vi ses igen om en månad.");
        var theirs = other.GetByTestId($"details-{meeting.ChildId}");
        await theirs.GetByLabel("Beslut och anteckningar").FillAsync("BUP kontaktar familjen.");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Spara plandetaljer" }).ClickAsync();
        await Expect(theirs.GetByTestId($"details-message-{meeting.ChildId}")).ToHaveTextAsync("Plandetaljerna är sparade.");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Spara plandetaljer" }).ClickAsync();

        var message = convener.GetByTestId($"details-message-{meeting.ChildId}");
        await Expect(message).ToContainTextAsync("Dina ändringar av plandetaljerna sparades inte: någon annan hann ändra dem först.");
        await Expect(message).ToContainTextAsync("anteckningar: ”BUP kontaktar familjen.”");
        await Expect(mine.GetByLabel("Beslut och anteckningar")).ToHaveValueAsync("BUP kontaktar familjen.");
        await Expect(theirs.GetByLabel("Beslut och anteckningar")).ToHaveValueAsync("BUP kontaktar familjen.");
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task ClosingTheMeetingShowsItClosedOnEveryPageAndNothingCanBeEditedAnyMore()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Otto", "sara-soc");
        var convener = await OpenMeetingAsync("erik-rektor", meeting);
        var other = await OpenMeetingAsync("sara-soc", meeting);
        convener.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await convener.GetByRole(AriaRole.Button, new() { Name = "Avsluta mötet" }).ClickAsync();

        await Expect(other.GetByTestId("session-status")).ToHaveTextAsync("Avslutat");
        await Expect(other.GetByTestId("status-note")).ToContainTextAsync("Mötet är avslutat");
        await Expect(other.GetByTestId($"consensus-{meeting.ChildId}-Safe")).ToBeDisabledAsync();
        await Expect(other.GetByTestId($"new-action-{meeting.ChildId}")).ToBeHiddenAsync();
        await Expect(convener.GetByRole(AriaRole.Button, new() { Name = "Avsluta mötet" })).ToBeHiddenAsync();
        await CloseAsync(convener, other);
    }

    [Fact]
    public async Task StartPageListsTheMeetingsIAmInvitedToWithALinkToTheMeeting()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAsync(erik, "Vera", "sara-soc");

        var page = await fixture.OpenSignedInAsync("sara-soc");

        var item = page.Locator($"[data-testid='meeting-list'] [data-session-id='{meeting.SessionId}']");
        await Expect(item).ToContainTextAsync("Individuellt barnteam");
        await Expect(item).ToContainTextAsync("Vera");
        await item.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForSelectorAsync("body[data-session-ready='true']");
        Assert.EndsWith(meeting.Path, page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BarnkontaktConvenesABarnteamFromTheStartPageAndOpensIt()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        await erik.RegisterChildAsync("Elsa", "erik-rektor");
        var page = await fixture.OpenSignedInAsync("erik-rektor");

        await page.Locator("#convene-child").SelectOptionAsync(new SelectOptionValue { Label = "Elsa" });
        await page.GetByLabel("Typ av möte").SelectOptionAsync(new SelectOptionValue { Label = "Barnteam 7–12" });
        await page.GetByLabel("Sara Nyström").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kalla till mötet" }).ClickAsync();
        await page.GetByTestId("convened-link").ClickAsync();
        await page.WaitForSelectorAsync("body[data-session-ready='true']");

        await Expect(page.GetByTestId("session-kind")).ToHaveTextAsync("Barnteam 7–12");
        await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("Planerat");
        await Expect(Presence(page, "sara-soc")).ToContainTextAsync("Inte anslutit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Öppna mötet" }).ClickAsync();
        await Expect(page.GetByTestId("session-status")).ToHaveTextAsync("Pågår");
        await Expect(page.GetByTestId("connection")).ToHaveTextAsync("Live");
        await BrowserFixture.CaptureAsync(page, "meeting-convened");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenMeetingAsync(string professionalId, Meeting meeting)
    {
        var page = await fixture.OpenSignedInAsync(professionalId, meeting.Path);
        await page.WaitForSelectorAsync("body[data-session-ready='true']");
        // A marker on the window object disappears if the page reloads or navigates.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        return page;
    }

    private static Task<bool> IsTheSameDocumentAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__sameDocument === true");

    private static ILocator ActionRow(IPage page, Meeting meeting, string what) =>
        page.GetByTestId($"plan-table-{meeting.ChildId}").Locator("tr[data-action-id]:not(.editing)", new() { Has = page.GetByText(what, new() { Exact = true }) });

    private static ILocator AreaRow(IPage page, Meeting meeting, string area) =>
        page.GetByTestId($"ratings-table-{meeting.ChildId}").Locator($"tr[data-area='{area}']");

    private static ILocator Presence(IPage page, string participantId) =>
        page.Locator($"[data-testid='presence-list'] [data-participant-id='{participantId}']");

    private static async Task AddActionAsync(IPage page, Meeting meeting, string what, string assignee)
    {
        var form = page.GetByTestId($"new-action-{meeting.ChildId}");
        await form.GetByLabel("Ny insats").FillAsync(what);
        await form.GetByLabel("Ansvarig").SelectOptionAsync(new SelectOptionValue { Label = assignee });
        await form.GetByLabel("Klart senast").FillAsync(DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till insats" }).ClickAsync();
    }

    private static async Task SaveEditAsync(IPage page, Meeting meeting, string what)
    {
        var row = page.GetByTestId($"plan-table-{meeting.ChildId}").Locator("tr.editing");
        await row.GetByLabel("Insats").FillAsync(what);
        await row.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
    }

    private static async Task RateAsync(IPage page, Meeting meeting, string area, string value)
    {
        await page.GetByTestId($"rating-{meeting.ChildId}-{area}").SelectOptionAsync(value);
        await page.GetByTestId($"submit-ratings-{meeting.ChildId}").ClickAsync();
        await Expect(page.GetByTestId($"ratings-message-{meeting.ChildId}")).ToContainTextAsync("sparade");
    }

    private static async Task CloseAsync(params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }
}
