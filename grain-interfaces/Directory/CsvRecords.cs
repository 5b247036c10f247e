using System.Text;

namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>
/// RFC 4180 records with the line each starts on (a quoted cell may span lines). The separator is
/// whichever of ',' and ';' the header uses more. Blank lines are skipped.
/// </summary>
internal static class CsvRecords
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields);

    public static IEnumerable<Record> Read(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var line = 1;
        var position = 0;
        if (text.StartsWith('\uFEFF'))
        {
            position = 1;
        }

        while (position < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (; position < text.Length; position++)
            {
                var c = text[position];
                if (quoted)
                {
                    if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                    {
                        cell.Append('"');
                        position++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        cell.Append(c);
                    }
                }
                else if (c == '"' && cell.Length == 0)
                {
                    quoted = true;
                }
                else if (c == separator)
                {
                    fields.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c == '\n')
                {
                    position++;
                    break;
                }
                else if (c != '\r')
                {
                    cell.Append(c);
                }
            }

            fields.Add(cell.ToString());
            line++;
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                yield return new Record(start, fields);
            }
        }
    }
}
