namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>
/// How one professional wants to hear of notifications they have not read in the app: which kinds
/// reach them by e-mail (and SMS, when the municipality has connected a provider), at once or in
/// one daily digest, and quiet hours (Swedish time) when nothing is sent. Persisted.
/// </summary>
[GenerateSerializer, Alias("bb.NoticePreferences")]
public sealed record NoticePreferences(
    [property: Id(0)] IReadOnlyList<NotificationKind> EmailKinds,
    [property: Id(1)] bool DailyDigest,
    [property: Id(2)] TimeOnly? QuietFrom,
    [property: Id(3)] TimeOnly? QuietTo,
    [property: Id(4)] bool Sms = false)
{
    /// <summary>Everyone starts with every kind by e-mail, at once, with no quiet hours.</summary>
    public static NoticePreferences Default { get; } = new(Enum.GetValues<NotificationKind>(), false, null, null);

    public bool Wants(NotificationKind kind) => EmailKinds.Contains(kind);
}
