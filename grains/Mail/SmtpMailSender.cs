using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BackaBarnet.Live.Grains.Mail;

/// <summary>SMTP through MailKit: one connection per mail (notices are few and spread out).</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set."), settings.SmtpPort, settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (settings.SmtpUser is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(Compose(mail, settings), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    private static MimeMessage Compose(OutgoingMail mail, MailOptions settings)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = mail.MessageId };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        var body = new BodyBuilder { TextBody = mail.Text };
        if (mail.Calendar is { } calendar)
        {
            // Attached as a file (the meeting page offers the same) and understood by calendar clients by its method.
            var ics = body.Attachments.Add("motet.ics", System.Text.Encoding.UTF8.GetBytes(calendar.Ics), new ContentType("text", "calendar"));
            ics.ContentType.Parameters.Add("method", calendar.Method);
            ics.ContentType.Charset = "utf-8";
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
