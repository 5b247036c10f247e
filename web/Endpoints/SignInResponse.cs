using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Endpoints;

public sealed record SignInResponse(string Token, DateTimeOffset ExpiresAt, Professional Professional);
