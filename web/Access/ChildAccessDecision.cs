namespace BackaBarnet.Live.Web.Access;

/// <summary>The relation the caller holds to the child, the view it gives, and why (for the audit log).</summary>
public sealed record ChildAccessDecision(ChildRelation Relation, ChildView View, string? ConsentBasis)
{
    /// <summary>"through …" as the audit log records it.</summary>
    public string Through => ConsentBasis is null ? $"{Relation}, {View} view" : $"{Relation}, {View} view, {ConsentBasis}";
}
