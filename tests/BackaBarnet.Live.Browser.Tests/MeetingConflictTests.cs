using Microsoft.Playwright;
using static BackaBarnet.Live.Browser.Tests.MeetingPages;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>Edits that arrive too late are refused with the value that now applies; a closed meeting takes no edits.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingConflictTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AnEditBasedOnAnOutdatedActionIsRefusedAndTheCurrentValueIsShown()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Ella", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);
        await AddActionAsync(convener, meeting, "Hembesök", assignee: "Sara Nyström");
        await Expect(ActionRow(other, meeting, "Hembesök")).ToBeVisibleAsync();

        // Both start editing the same version; the other saves first.
        await ActionRow(convener, meeting, "Hembesök").GetByRole(AriaRole.Button, new() { Name = "Ändra" }).ClickAsync();
        await ActionRow(other, meeting, "Hembesök").GetByRole(AriaRole.Button, new() { Name = "Ändra" }).ClickAsync();
        await SaveEditAsync(other, meeting, "Hembesök tillsammans med BVC");
        await Expect(ActionRow(other, meeting, "Hembesök tillsammans med BVC")).ToBeVisibleAsync();
        await Expect(convener.Locator("tr.editing")).ToContainTextAsync("Någon annan har ändrat insatsen medan du skrev.");
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
    public async Task PlanDetailsSavedOverSomeoneElsesNewerSaveAreRefusedAndTheCurrentDetailsAreShown()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Hugo", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);

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
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var other = await fixture.OpenMeetingAsync("sara-soc", meeting);
        convener.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await convener.GetByRole(AriaRole.Button, new() { Name = "Avsluta mötet" }).ClickAsync();

        await Expect(other.GetByTestId("session-status")).ToHaveTextAsync("Avslutat");
        await Expect(other.GetByTestId("status-note")).ToContainTextAsync("Mötet är avslutat");
        await Expect(other.GetByTestId($"consensus-{meeting.ChildId}-Safe")).ToBeDisabledAsync();
        await Expect(other.GetByTestId($"new-action-{meeting.ChildId}")).ToBeHiddenAsync();
        await Expect(convener.GetByRole(AriaRole.Button, new() { Name = "Avsluta mötet" })).ToBeHiddenAsync();
        await CloseAsync(convener, other);
    }
}
