namespace BackaBarnet.Live.Benchmarks.Delivery;

/// <summary>An applied edit: the session version it became, when it was sent (Stopwatch ticks), and which seat sent it.</summary>
public sealed record SentEdit(long Version, long SentAt, int SenderSeat);
