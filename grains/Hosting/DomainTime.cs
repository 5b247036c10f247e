namespace BackaBarnet.Live.Grains.Hosting;

/// <summary>
/// The clock the domain reads (due dates, reminders, timestamps), registered under its own key so
/// tests can move it without moving the clock Orleans itself runs on.
/// </summary>
public static class DomainTime
{
    public const string Key = "backabarnet-domain-time";
}
