using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Mail;

/// <summary>
/// A barnkontakt who is not signed in learns of a concern by e-mail after the delay: once, with
/// nothing about the child in it, and not at all if they read it in the app first. Each test
/// runs its own cluster (one redeploys it). "Exactly one" is checked against a later marker
/// notification: once its e-mail has arrived, any second e-mail of the earlier one would have too.
/// </summary>
public sealed class EmailNoticeTests
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(60);

    private const string ChildName = "Moa Mailsson";
    private const string ConcernText = "Moa har blåmärken på armarna och säger att hon inte vill gå hem.";

    [Fact]
    public async Task AConcernToAnOfflineBarnkontaktGivesExactlyOneEmailAfterTheDelayWithNothingAboutTheChild()
    {
        var fixture = new MailClusterFixture();
        await fixture.StartAsync();
        try
        {
            var (contactId, email) = await fixture.NewProfessionalAsync("bk-mail");
            var personnummer = TestPersonnummer.AgedYears(4);
            var raisedAt = DateTimeOffset.UtcNow;
            var concern = await RaiseConcernAsync(fixture.Grains, contactId, personnummer);

            var mail = Assert.Single(await fixture.Inbox.WaitForAsync(email, 1, MailWait));
            Assert.True(mail.IsFor(concern.ConcernId));
            Assert.True(mail.Time >= raisedAt + MailClusterFixture.NoticeDelay - TimeSpan.FromSeconds(1), $"sent {mail.Time - raisedAt} after the concern, before the delay");
            Assert.Equal("Du har en ny notis i BackaBarnet", mail.Subject);
            Assert.Contains("https://backabarnet.example/inbox.html", mail.Text);
            AssertNothingAboutTheChild(mail, personnummer);

            await AssertOnlyTheMarkerFollowsAsync(fixture, contactId, email, 1);
        }
        finally
        {
            await fixture.Cluster.StopAsync();
        }
    }

    [Fact]
    public async Task ANotificationReadBeforeTheDelaySendsNoEmail()
    {
        var fixture = new MailClusterFixture();
        await fixture.StartAsync();
        try
        {
            var (contactId, email) = await fixture.NewProfessionalAsync("bk-read");
            var concern = await RaiseConcernAsync(fixture.Grains, contactId, TestPersonnummer.AgedYears(4));
            await fixture.Grains.GetGrain<IProfessionalGrain>(contactId).MarkReadAsync(concern.ConcernId);

            // The marker is due after the concern would have been: when its e-mail is there, the concern's would be too.
            await AssertOnlyTheMarkerFollowsAsync(fixture, contactId, email, 0);
        }
        finally
        {
            await fixture.Cluster.StopAsync();
        }
    }

    [Fact]
    public async Task ASiloRestartBetweenTheConcernAndTheDelayNeitherLosesNorDoublesTheEmail()
    {
        var fixture = new MailClusterFixture();
        await fixture.StartAsync();
        var (contactId, email) = await fixture.NewProfessionalAsync("bk-restart");
        var concern = await RaiseConcernAsync(fixture.Grains, contactId, TestPersonnummer.AgedYears(4));
        await fixture.Cluster.StopAsync();
        Assert.Empty(await fixture.Inbox.ForAsync(email));

        await fixture.StartAsync();
        try
        {
            Assert.True(Assert.Single(await fixture.Inbox.WaitForAsync(email, 1, MailWait)).IsFor(concern.ConcernId));
            await AssertOnlyTheMarkerFollowsAsync(fixture, contactId, email, 1);
        }
        finally
        {
            await fixture.Cluster.StopAsync();
        }
    }

    private static async Task<ConcernView> RaiseConcernAsync(IGrainFactory grains, string contactId, string personnummer)
    {
        var (child, _) = await Children.Children.RegisterAsync(grains, contactId, ChildContactRole.PreschoolPrincipal, personnummer, ChildName);
        return await child.RaiseConcernAsync(new NewConcern("sara-soc", ConcernText, [NeedsArea.Safe]));
    }

    /// <summary>
    /// Delivers a marker notification and waits for its e-mail: it is due after every earlier one,
    /// so by then the mailbox holds all the earlier e-mails there will ever be (<paramref name="before"/>) and the marker's.
    /// </summary>
    private static async Task AssertOnlyTheMarkerFollowsAsync(MailClusterFixture fixture, string professionalId, string email, int before)
    {
        var marker = Guid.NewGuid();
        await fixture.Grains.GetGrain<IProfessionalGrain>(professionalId).DeliverAsync(new Notification(
            marker, NotificationKind.FollowUpDue, "Markör", null, null, null, "påminnelse", DateTimeOffset.UtcNow, "/"));
        var mails = await fixture.Inbox.WaitForAsync(email, m => m.IsFor(marker), MailWait, "the marker's e-mail");
        Assert.Equal(before + 1, mails.Count);
        Assert.Single(mails, m => m.IsFor(marker));
    }

    private static void AssertNothingAboutTheChild(ReceivedMail mail, string personnummer)
    {
        var everything = $"{mail.Subject}\n{mail.Text}\n{mail.Html}";
        Assert.DoesNotContain("Moa", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Mailsson", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blåmärken", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(personnummer, everything);
        Assert.DoesNotContain(personnummer.Replace("-", "")[2..], everything);
        Assert.DoesNotContain(personnummer[2..], everything);
    }
}
