namespace BackaBarnet.Live.GrainInterfaces.Audit;

/// <summary>
/// The audit table as grains write to it. Writing an entry that is already there writes the same
/// rows again, so a grain may retry a batch whose first attempt may have landed.
/// </summary>
public interface IAuditSink
{
    Task AppendAsync(IReadOnlyCollection<AuditEntry> entries);
}
