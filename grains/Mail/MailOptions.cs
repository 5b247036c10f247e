namespace BackaBarnet.Live.Grains.Mail;

/// <summary>Configuration section "Mail": where the silo sends e-mail, and when notices go out.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The SMTP server; unset, no e-mail is sent (notices stay in the app).</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary>STARTTLS when the server offers it; a development server on 127.0.0.1 offers none.</summary>
    public bool RequireTls { get; set; }

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    public string FromAddress { get; set; } = "noreply@backabarnet.local";

    public string FromName { get; set; } = "BackaBarnet";

    /// <summary>The address people open the app on: links in e-mails start here.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>A notification still unread this long after it arrived is sent by e-mail.</summary>
    public TimeSpan NoticeDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a professional with notices waiting checks them (the durable reminder's period).</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When the daily digest goes out, Swedish time.</summary>
    public TimeOnly DigestAt { get; set; } = new(7, 30);

    public bool Enabled => !string.IsNullOrWhiteSpace(SmtpHost);
}
