namespace BackaBarnet.Live.Web.Auth;

/// <summary>System roles carried in the token's "role" claim.</summary>
public static class AuthRoles
{
    /// <summary>Loggkontroll: may read the audit log, and nothing of any child.</summary>
    public const string Auditor = "auditor";
}
