using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.TestSupport;
using static BackaBarnet.Live.Browser.Tests.MeetingPages;
using static Microsoft.Playwright.Assertions;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>
/// The guardians' consent decides what another agency's participant sees in a live meeting, and a
/// revocation takes effect on their screen at once, without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsentInMeetingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RevokingConsentDuringTheMeetingWithdrawsTheOtherAgencysViewWithoutReload()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Tilde", "sara-soc");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var social = await fixture.OpenMeetingAsync("sara-soc", meeting);
        await AddSavedActionAsync(convener, meeting, "Samtal med familjen varje vecka", "Sara Nyström");
        await AddSavedActionAsync(convener, meeting, "Läxhjälp två gånger i veckan", "Erik Sandberg");
        await convener.GetByTestId($"consensus-{meeting.ChildId}-Safe").SelectOptionAsync("2");
        // Setting the scene may meet a cold web node (first test of a run): give it time; the checks below are what counts.
        await Expect(ActionRow(social, meeting, "Läxhjälp två gånger i veckan")).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Expect(social.GetByTestId($"compass-{meeting.ChildId}")).ToBeVisibleAsync();
        await Expect(social.GetByTestId($"restricted-{meeting.ChildId}")).ToBeHiddenAsync();

        var record = await erik.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{meeting.ChildId}", Json.Options);
        var consent = record!.Consents.Single(c => c.Grant.Agency == AgencyKind.SocialServices);
        (await erik.Http.PostAsync($"/api/children/{meeting.ChildId}/consents/{consent.ConsentId}/revoke", null)).EnsureSuccessStatusCode();

        // Gone from the social worker's screen: the other agency's action and the shared assessment.
        await Expect(social.GetByTestId($"restricted-{meeting.ChildId}")).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Expect(ActionRow(social, meeting, "Läxhjälp två gånger i veckan")).ToHaveCountAsync(0, new() { Timeout = 2000 });
        await Expect(social.GetByTestId($"compass-{meeting.ChildId}")).ToBeHiddenAsync();
        await Expect(ActionRow(social, meeting, "Samtal med familjen varje vecka")).ToBeVisibleAsync();
        Assert.DoesNotContain("Läxhjälp", await social.ContentAsync());
        Assert.True(await IsTheSameDocumentAsync(social));

        // The meeting goes on: the convener's next action reaches the convener, not the social worker.
        await AddActionAsync(convener, meeting, "Extra stöd i matematik", assignee: "Erik Sandberg");
        await Expect(ActionRow(convener, meeting, "Extra stöd i matematik")).ToBeVisibleAsync(new() { Timeout = 2000 });
        await Expect(convener.GetByTestId($"restricted-{meeting.ChildId}")).ToBeHiddenAsync();
        await social.WaitForTimeoutAsync(500);
        Assert.DoesNotContain("Extra stöd i matematik", await social.ContentAsync());
        await BrowserFixture.CaptureAsync(social, "meeting-consent-revoked");
        await CloseAsync(convener, social);
    }

    [Fact]
    public async Task WithoutConsentAnotherAgencySeesOnlyTheChildsNameAndTheirOwnActions()
    {
        using var erik = await fixture.System.SignInAsync("erik-rektor");
        var meeting = await MeetingSetup.ConveneAndOpenAsync(erik, "Svea", withConsent: false, "johan-polis");
        var convener = await fixture.OpenMeetingAsync("erik-rektor", meeting);
        var police = await fixture.OpenMeetingAsync("johan-polis", meeting);

        await AddSavedActionAsync(convener, meeting, "Polisen pratar med klassen om trygghet", "Johan Ek");
        await AddSavedActionAsync(convener, meeting, "Kurator träffar Svea", "Erik Sandberg");

        await Expect(ActionRow(police, meeting, "Polisen pratar med klassen om trygghet")).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Expect(ActionRow(convener, meeting, "Kurator träffar Svea")).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Expect(police.GetByTestId($"restricted-{meeting.ChildId}")).ToBeVisibleAsync();
        await Expect(police.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Svea" })).ToBeVisibleAsync();
        Assert.DoesNotContain("Kurator träffar Svea", await police.ContentAsync());
        await CloseAsync(convener, police);
    }

    /// <summary>Adds an action and waits until it is saved: the form clears on save, so a second one typed earlier would be lost.</summary>
    private static async Task AddSavedActionAsync(Microsoft.Playwright.IPage page, Meeting meeting, string what, string assignee)
    {
        await AddActionAsync(page, meeting, what, assignee);
        await Expect(ActionRow(page, meeting, what)).ToBeVisibleAsync(new() { Timeout = 10000 });
    }
}
