namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>When the meeting is and the municipality's video-meeting link, if any (https only).</summary>
[GenerateSerializer, Alias("bb.MeetingLogistics")]
public sealed record MeetingLogistics(DateTimeOffset ScheduledAt, string? VideoLink);
