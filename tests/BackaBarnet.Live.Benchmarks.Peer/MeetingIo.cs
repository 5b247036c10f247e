namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>Where a meeting's edits go: its state row, then its group.</summary>
public sealed record MeetingIo(Func<Guid, byte[], Task> WriteAsync, Func<Guid, MeetingEvent, Task> SendAsync);
