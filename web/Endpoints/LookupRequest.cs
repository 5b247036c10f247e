namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Body of <c>POST /api/children/lookup</c>: a POST so the personnummer stays out of URLs and access logs.</summary>
public sealed record LookupRequest(string? Personnummer);
