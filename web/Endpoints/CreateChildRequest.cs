namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Body of <c>POST /api/children</c>. Members are nullable so a missing one gets our own field-named error.</summary>
public sealed record CreateChildRequest(string? DisplayName, string? ChildContactId);
