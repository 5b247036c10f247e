using System.Text;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Tests.Directory;

/// <summary>Directory exports as a municipality would send them: the demo people (so they stay active) plus the test's own rows.</summary>
internal static class DirectoryFile
{
    public const string Header = "hsaId,name,title,agencyKind,unit,roles,email,phone";

    public static string Csv(IEnumerable<DirectoryPerson> extra) =>
        new StringBuilder().AppendLine(Header).AppendJoin("", DemoPeople.All.Concat(extra).Select(Row)).ToString();

    public static string Row(DirectoryPerson p) =>
        $"{p.Id},\"{p.Name}\",{p.Title},{p.Agency},{p.Unit},{string.Join('|', p.Roles)},{p.Email},{p.Phone}\n";

    /// <summary>School staff with HSA-ids under one made-up organisation number; <paramref name="batch"/> keeps tests apart.</summary>
    public static IReadOnlyList<DirectoryPerson> Staff(int batch, int count, string title = "Kurator") =>
        [.. Enumerable.Range(0, count).Select(n => new DirectoryPerson(
            $"SE2321000016-{batch}{n:D4}", $"Person {batch}-{n}", title, "School", "Backaskolan", [DirectoryRoles.Practitioner], $"p{batch}{n}@backa.example", "031-123 45 67"))];
}
