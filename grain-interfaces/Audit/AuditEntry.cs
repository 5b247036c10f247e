namespace BackaBarnet.Live.Web.Audit;

/// <summary>One access to child data: who (id, agency, title), what, which child, when. Never a personnummer or free text.</summary>
public sealed record AuditEntry(DateTimeOffset At, string ProfessionalId, string? Agency, string? Title, string Action, Guid? ChildId)
{
    /// <summary>The relation or consent the access went through ("ChildContact, Full view"), or why it was refused.</summary>
    public string? Through { get; init; }
}
