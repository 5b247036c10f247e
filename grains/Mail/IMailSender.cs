namespace BackaBarnet.Live.Grains.Mail;

/// <summary>Sends one e-mail or throws; the caller keeps it queued until this returns.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
