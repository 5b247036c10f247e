using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Mail;

/// <summary>The live system with its silo sending e-mail to the run's development SMTP server.</summary>
public sealed class MailSystem : LiveSystem
{
    public MailInbox Inbox { get; private set; } = null!;

    protected override async Task<string[]> SiloSettingsAsync()
    {
        Inbox = await MailInbox.RunningAsync();
        return [.. Inbox.SiloSettings.Select(s => $"--{s.Key}={s.Value}"), "--Mail:PublicBaseUrl=https://backabarnet.example"];
    }
}

[CollectionDefinition(Name)]
public sealed class MailSystemCollection : ICollectionFixture<MailSystem>
{
    public const string Name = "mail system";
}
