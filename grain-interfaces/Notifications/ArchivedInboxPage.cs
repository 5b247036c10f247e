using System.Text.RegularExpressions;

namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>
/// One page of archived notifications, newest first. <see cref="Next"/> is the cursor for the next
/// older page (null when there is none): it holds a time and an id only, never text.
/// </summary>
[GenerateSerializer, Alias("bb.ArchivedInboxPage")]
public sealed partial record ArchivedInboxPage(
    [property: Id(0)] IReadOnlyList<Notification> Items,
    [property: Id(1)] string? Next)
{
    public const int MaxTake = 100;

    public const int DefaultTake = 20;

    public static ArchivedInboxPage Empty { get; } = new([], null);

    /// <summary>A cursor is 19 digits (a reversed time), an underscore and 32 hex digits (the notification id).</summary>
    public static bool IsCursor(string value) => CursorPattern().IsMatch(value);

    [GeneratedRegex("^[0-9]{19}_[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex CursorPattern();
}
