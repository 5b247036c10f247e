using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>
/// Reads a directory export: a header naming the columns (any order, any case) and one row per
/// person. Comma or semicolon separated (Swedish spreadsheets save with ';'), RFC 4180 quoting;
/// roles within a cell are separated by '|' or spaces. Every bad row is named by line and column;
/// good rows are returned only when there is no bad one, so an import is all or nothing.
/// </summary>
public static class DirectoryCsv
{
    public const int MaxRows = 20_000;

    public static readonly string[] Columns = ["hsaId", "name", "title", "agencyKind", "unit", "roles", "email", "phone"];

    public sealed record Result(IReadOnlyList<DirectoryPerson> People, IReadOnlyList<DirectoryRowError> Errors);

    public static Result Parse(string text)
    {
        var records = CsvRecords.Read(text ?? "").ToList();
        if (records.Count == 0)
        {
            return Refused(new DirectoryRowError(1, "hsaId", ErrorCodes.DirectoryCsvHeader, $"The first line must name the columns {string.Join(",", Columns)}."));
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        if (index.FirstOrDefault(c => c.Value < 0) is { Key: not null } missing)
        {
            return Refused(new DirectoryRowError(1, missing.Key, ErrorCodes.DirectoryCsvHeader, $"The header has no column '{missing.Key}'."));
        }

        if (records.Count - 1 > MaxRows)
        {
            return Refused(new DirectoryRowError(records[^1].Line, "hsaId", ErrorCodes.DirectoryTooManyRows, $"At most {MaxRows} rows in one import."));
        }

        var people = new List<DirectoryPerson>();
        var errors = new List<DirectoryRowError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                errors.Add(new DirectoryRowError(record.Line, "hsaId", ErrorCodes.DirectoryCsvColumns, $"The row has {record.Fields.Count} columns; the header has {header.Count}."));
                continue;
            }

            string Cell(string column) => record.Fields[index[column]];
            try
            {
                var person = DirectoryRules.Validate(new DirectoryPerson(
                    Cell("hsaId"), Cell("name"), Cell("title"), Cell("agencyKind"), Cell("unit"),
                    Cell("roles").Split(['|', ' '], StringSplitOptions.RemoveEmptyEntries), Cell("email"), Cell("phone")));
                if (seen.TryGetValue(person.Id, out var first))
                {
                    errors.Add(new DirectoryRowError(record.Line, "hsaId", ErrorCodes.DirectoryDuplicateId, $"'{person.Id}' is already on line {first}."));
                    continue;
                }

                seen[person.Id] = record.Line;
                people.Add(person);
            }
            catch (DomainRuleException refused)
            {
                errors.Add(new DirectoryRowError(record.Line, refused.Field, refused.Code, refused.Rule));
            }
        }

        return errors.Count > 0 ? new Result([], errors) : new Result(people, []);
    }

    private static Result Refused(DirectoryRowError error) => new([], [error]);
}
