namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>Where a notification leads in the UI.</summary>
public static class Links
{
    public static string Child(Guid childId) => $"/barn/{childId}";

    public static string Meeting(Guid sessionId) => $"/meeting.html?session={sessionId}";
}
