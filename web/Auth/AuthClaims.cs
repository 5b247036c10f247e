namespace BackaBarnet.Live.Web.Auth;

/// <summary>Claim names as they appear in our tokens (inbound claim mapping is off).</summary>
public static class AuthClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Agency = "agency";
    public const string Title = "title";
    public const string Role = "role";
}
