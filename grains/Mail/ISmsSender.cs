namespace BackaBarnet.Live.Grains.Mail;

/// <summary>
/// The hook for SMS notices. No provider is built in: a municipality registers its own
/// implementation in the silo's services (see README, "SMS"). Without one, nobody gets an SMS.
/// The text is the same short notice as the e-mail: never a child's name or anything about them.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phoneNumber, string text, CancellationToken cancellationToken);
}
