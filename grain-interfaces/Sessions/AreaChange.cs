using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>Who set one area's consensus last, and when.</summary>
[GenerateSerializer, Alias("bb.AreaChange")]
public sealed record AreaChange(NeedsArea Area, string By, DateTimeOffset At);
