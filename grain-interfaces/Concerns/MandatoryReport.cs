namespace BackaBarnet.Live.GrainInterfaces.Concerns;

/// <summary>
/// An orosanmälan to social services (SoL 14 kap. 1 §): who made it and when. A concern in this
/// system never replaces that report; it only records that it was made.
/// </summary>
[GenerateSerializer, Alias("bb.MandatoryReport")]
public sealed record MandatoryReport(string MadeBy, DateTimeOffset MadeAt, string RecordedBy);
