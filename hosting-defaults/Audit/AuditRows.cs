using BackaBarnet.Live.GrainInterfaces.Audit;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// How an audit entry is stored, shared by the web nodes and the silos, which both write it.
/// Each entry is two rows, one in the child's partition and one in the professional's, so both
/// questions of a loggkontroll ("who accessed this child?", "what did this person access?") are
/// one partition read.
/// </summary>
public static class AuditRows
{
    public static string ChildPartition(Guid childId) => $"child_{childId:N}";

    public static string ProfessionalPartition(string professionalId) => $"pro_{professionalId}";

    /// <summary>The partitions the entry is written to: the professional's, and the child's when there is one.</summary>
    public static IEnumerable<string> Partitions(AuditEntry entry) =>
        entry.ChildId is { } childId ? [ProfessionalPartition(entry.ProfessionalId), ChildPartition(childId)] : [ProfessionalPartition(entry.ProfessionalId)];

    /// <summary>Newest first within a partition: row keys sort ascending, so the ticks are reversed.</summary>
    public static string RowKey(AuditEntry entry) => $"{DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks:D19}_{entry.Id:N}";

    /// <summary>The entry's id, from the end of its row key.</summary>
    public static Guid EntryId(string rowKey) => Guid.ParseExact(rowKey[(rowKey.LastIndexOf('_') + 1)..], "N");

    /// <summary>
    /// The whole row as the table client takes it (<c>new TableEntity(Row(…))</c>): keys and
    /// columns; a column without a value is left out, which reads back as null.
    /// </summary>
    public static Dictionary<string, object> Row(string partition, AuditEntry entry)
    {
        var row = new Dictionary<string, object>
        {
            ["PartitionKey"] = partition,
            ["RowKey"] = RowKey(entry),
            ["At"] = entry.At,
            ["ProfessionalId"] = entry.ProfessionalId,
            ["Action"] = entry.Action,
        };
        AddIfSet(row, "Agency", entry.Agency);
        AddIfSet(row, "Title", entry.Title);
        AddIfSet(row, "ChildId", entry.ChildId);
        AddIfSet(row, "Through", entry.Through);
        AddIfSet(row, "CareUnit", entry.CareUnit);
        AddIfSet(row, "Outcome", entry.Outcome);
        return row;
    }

    private static void AddIfSet(Dictionary<string, object> row, string column, object? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }
}
