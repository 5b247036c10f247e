namespace BackaBarnet.Live.Web.Endpoints;

public sealed record DeclineRequest(string? Reason);
