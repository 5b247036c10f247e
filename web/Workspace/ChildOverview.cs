namespace BackaBarnet.Live.Web.Workspace;

/// <summary>One row of "Mina barn": how things stand for a child, without opening the record.</summary>
public sealed record ChildOverview(
    Guid ChildId,
    string DisplayName,
    int? Age,
    string Relation,
    int OpenConcerns,
    int NewConcerns,
    DateOnly? NextFollowUp,
    bool FollowUpOverdue,
    int OverdueActions,
    bool HandoverToMe);
