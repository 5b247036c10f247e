using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// Each audit partition is a hash chain: every row carries its number in the partition
/// (<c>Seq</c>, from 1), the hash of the row before it (<c>PrevHash</c>) and its own hash over that
/// and its content (<c>Hash</c>); the partition's head row holds the last number and hash. A row
/// changed in the table no longer matches its hash, a row removed leaves a gap in the numbers, and
/// rows removed from the end no longer reach the head. (Whoever can rewrite the whole partition
/// can rewrite the chain too: the table belongs on immutable storage, see README.)
/// </summary>
public static class AuditChain
{
    /// <summary>The row that holds the chain's last number and hash; sorts after every entry row (those start with digits).</summary>
    public const string HeadRowKey = "~chain-head";

    /// <summary>The hash the first row of a partition links to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Adds the chain columns to <paramref name="row"/>, as number <paramref name="seq"/> after <paramref name="previousHash"/>.</summary>
    public static string Link(TableEntity row, long seq, string previousHash)
    {
        row["Seq"] = seq;
        row["PrevHash"] = previousHash;
        var hash = HashOf(row, seq, previousHash);
        row["Hash"] = hash;
        return hash;
    }

    public static TableEntity Head(string partition, long seq, string hash) =>
        new(partition, HeadRowKey) { ["Seq"] = seq, ["Hash"] = hash };

    /// <summary>Walks a partition's rows (in any order) and reports the first broken link, if any.</summary>
    public static AuditChainReport Verify(string partition, IEnumerable<TableEntity> rows)
    {
        TableEntity? head = null;
        var entries = new List<TableEntity>();
        var unchained = new List<TableEntity>();
        foreach (var row in rows)
        {
            if (row.RowKey == HeadRowKey)
            {
                head = row;
            }
            else if (row.ContainsKey("Seq") || row.ContainsKey("Hash") || row.ContainsKey("PrevHash"))
            {
                entries.Add(row);
            }
            else
            {
                unchained.Add(row);
            }
        }

        // Rows written before the chain existed are older than its first row; a row without chain
        // columns from after that was written or stripped behind the product's back.
        var chainStart = entries.Count == 0 ? DateTimeOffset.MaxValue : entries.Min(r => r.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);
        if (unchained.FirstOrDefault(r => (r.GetDateTimeOffset("At") ?? DateTimeOffset.MaxValue) >= chainStart) is { } stray)
        {
            return Broken(partition, entries.Count, 0, stray.RowKey, "a row from after the chain began has no chain columns") with { Unchained = unchained.Count };
        }

        entries.Sort((a, b) => (a.GetInt64("Seq") ?? 0).CompareTo(b.GetInt64("Seq") ?? 0));
        var previous = Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var row = entries[i];
            var expected = i + 1L;
            var seq = row.GetInt64("Seq");
            if (seq is null || row.GetString("Hash") is not { } hash || row.GetString("PrevHash") is not { } prevHash)
            {
                return Broken(partition, entries.Count, expected, row.RowKey, "the row's chain columns are incomplete");
            }

            if (seq != expected)
            {
                return Broken(partition, entries.Count, expected, row.RowKey, $"row {expected} is missing (the next row is number {seq})");
            }

            if (prevHash != previous)
            {
                return Broken(partition, entries.Count, expected, row.RowKey, "the row does not link to the row before it");
            }

            if (HashOf(row, seq.Value, prevHash) != hash)
            {
                return Broken(partition, entries.Count, expected, row.RowKey, "the row's content was changed");
            }

            previous = hash;
        }

        var last = (long)entries.Count;
        if ((head?.GetInt64("Seq") ?? 0) != last || (head?.GetString("Hash") ?? Genesis) != previous)
        {
            return Broken(partition, entries.Count, last + 1, null, $"the chain ends at row {last} but its head says row {head?.GetInt64("Seq") ?? 0}: rows at the end were removed");
        }

        return new AuditChainReport(partition, entries.Count, true, null, null, null) { Unchained = unchained.Count };
    }

    /// <summary>
    /// SHA-256 over the previous hash, the number and every column a reader sees, in a fixed order.
    /// Care unit and outcome came later: they are hashed on the rows that have them, so rows written
    /// before keep their hashes, and removing them from a row that had them breaks it.
    /// </summary>
    private static string HashOf(TableEntity row, long seq, string previousHash)
    {
        var columns = new List<object?>
        {
            previousHash,
            seq,
            row.PartitionKey,
            row.RowKey,
            row.GetDateTimeOffset("At")?.UtcTicks,
            row.GetString("ProfessionalId"),
            row.GetString("Agency"),
            row.GetString("Title"),
            row.GetString("Action"),
            row.GetGuid("ChildId")?.ToString("N"),
            row.GetString("Through"),
        };
        if (row.GetString("CareUnit") is not null || row.GetString("Outcome") is not null)
        {
            columns.Add(row.GetString("CareUnit"));
            columns.Add(row.GetString("Outcome"));
        }

        var content = JsonSerializer.Serialize(columns);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    private static AuditChainReport Broken(string partition, int rows, long seq, string? rowKey, string problem) =>
        new(partition, rows, false, seq, rowKey, problem);
}
