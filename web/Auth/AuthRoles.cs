namespace BackaBarnet.Live.Web.Auth;

/// <summary>System roles from the directory (the principal's "role" claims are written from it, never taken from a token).</summary>
public static class AuthRoles
{
    /// <summary>Loggkontroll: may read the audit log, and nothing of any child.</summary>
    public const string Auditor = "auditor";

    /// <summary>Drift: may open operational views such as the Orleans dashboard, and nothing of any child.</summary>
    public const string Ops = "ops";

    /// <summary>Utvärdering: may read anonymized pilot statistics, and nothing of any single child.</summary>
    public const string Evaluator = "evaluator";

    /// <summary>Katalogadministratör: maintains the directory of professionals, and nothing of any child.</summary>
    public const string DirectoryAdmin = "directory-admin";
}
