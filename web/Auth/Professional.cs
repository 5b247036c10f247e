namespace BackaBarnet.Live.Web.Auth;

/// <summary>A professional as the identity provider knows them. Agency is the agency kind.</summary>
public sealed record Professional(string Id, string Name, string Agency, string Title);
