namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Who made the orosanmälan to social services, and when.</summary>
public sealed record MandatoryReportRequest(string? MadeBy, DateTimeOffset? MadeAt);
