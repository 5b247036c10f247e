namespace BackaBarnet.Live.GrainInterfaces.Audit;

/// <summary>What an audited access came to, as the audit table stores it (never renamed: persisted and hashed).</summary>
public static class AuditOutcomes
{
    public const string Allowed = "allowed";
    public const string Refused = "refused";
}
