namespace BackaBarnet.Live.Web.Auth;

/// <summary>System roles carried in the token's "role" claim.</summary>
public static class AuthRoles
{
    /// <summary>Loggkontroll: may read the audit log, and nothing of any child.</summary>
    public const string Auditor = "auditor";

    /// <summary>Drift: may open operational views such as the Orleans dashboard, and nothing of any child.</summary>
    public const string Ops = "ops";

    /// <summary>Utvärdering: may read anonymized pilot statistics, and nothing of any single child.</summary>
    public const string Evaluator = "evaluator";
}
