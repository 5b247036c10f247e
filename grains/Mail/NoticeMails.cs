namespace BackaBarnet.Live.Grains.Mail;

/// <summary>
/// The words of the e-mails. They say only that something is waiting and where: never a child's
/// name, personnummer or anything written about a child, since e-mail leaves our control.
/// </summary>
public static class NoticeMails
{
    public const string NoticeSubject = "Du har en ny notis i BackaBarnet";

    public static OutgoingMail Notice(string to, Guid notificationId, MailOptions options) => new(
        to,
        NoticeSubject,
        $"""
        Hej!

        Du har en ny notis i BackaBarnet som du inte har läst än.
        Logga in och läs den här: {InboxLink(options)}

        Du kan välja vilka notiser du får per e-post, och när, under Inställningar: {SettingsLink(options)}

        Det här meddelandet går inte att svara på.
        """,
        MessageIdFor(notificationId, options));

    public static OutgoingMail Digest(string to, IReadOnlyList<Guid> notificationIds, MailOptions options) => new(
        to,
        notificationIds.Count == 1 ? NoticeSubject : $"Du har {notificationIds.Count} nya notiser i BackaBarnet",
        $"""
        Hej!

        Du har {(notificationIds.Count == 1 ? "en ny notis" : $"{notificationIds.Count} nya notiser")} i BackaBarnet som du inte har läst än.
        Logga in och läs: {InboxLink(options)}

        Du får notiserna samlade en gång om dagen. Ändra det under Inställningar: {SettingsLink(options)}

        Det här meddelandet går inte att svara på.
        """,
        MessageIdFor(notificationIds[0], options));

    /// <summary>The short text of an SMS notice.</summary>
    public static string SmsText(MailOptions options) => $"Du har en ny notis i BackaBarnet: {InboxLink(options)}";

    public static string InboxLink(MailOptions options) => $"{options.PublicBaseUrl.TrimEnd('/')}/inbox.html";

    public static string SettingsLink(MailOptions options) => $"{options.PublicBaseUrl.TrimEnd('/')}/installningar.html";

    public static string MessageIdFor(Guid id, MailOptions options) => $"{id:N}@{new Uri(options.PublicBaseUrl).Host}";
}
