namespace BackaBarnet.Live.Web.Auth;

/// <summary>Claim names as they appear in our tokens (inbound claim mapping is off).</summary>
public static class AuthClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Agency = "agency";
    public const string Title = "title";
    public const string Role = "role";

    /// <summary>The directory's unit (the care unit the audit log records); absent for people without one.</summary>
    public const string Unit = "unit";
}
