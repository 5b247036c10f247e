using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Directory;

/// <summary>The directory is data: a directory administrator loads a municipality's CSV export through the API.</summary>
public sealed class DirectoryImportTests(DirectorySystem system) : IClassFixture<DirectorySystem>
{
    [Fact]
    public async Task AFileOf500RowsImportsInOneRequest()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var staff = DirectoryFile.Staff(1, 500 - DemoCount);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var changes = await ImportAsync(admin, DirectoryFile.Csv(staff), dryRun: false);

        clock.Stop();
        Console.WriteLine($"Imported {staff.Count + DemoCount} rows in {clock.ElapsedMilliseconds} ms.");
        Assert.Subset(changes.Added.ToHashSet(), staff.Select(p => p.Id).ToHashSet());
        using var person = await system.SignInAsync(staff[^1].Id);
        Assert.Equal(HttpStatusCode.OK, (await person.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task ADryRunListsTheChangesAndChangesNothing()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var staff = DirectoryFile.Staff(2, 3);
        var before = await admin.Http.GetStringAsync("/api/directory");

        var changes = await ImportAsync(admin, DirectoryFile.Csv(staff), dryRun: true);

        Assert.True(changes.DryRun);
        Assert.Equal(staff.Select(p => p.Id).Order(), changes.Added.Order());
        Assert.Equal(before, await admin.Http.GetStringAsync("/api/directory"));
    }

    [Fact]
    public async Task BadRowsAreNamedByLineAndColumnAndNothingChanges()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var before = await admin.Http.GetStringAsync("/api/directory");
        var csv = DirectoryFile.Csv(DirectoryFile.Staff(3, 2))
            + "SE2321000016-3100,Utan Titel,,School,Backaskolan,practitioner,a@b.se,\n"
            + "SE2321000016-3101,Fel Roll,Kurator,School,Backaskolan,trollkarl,a@b.se,\n"
            + "bad id!,Fel Id,Kurator,School,Backaskolan,practitioner,a@b.se,\n"
            + "SE2321000016-3102,Fel Byrå,Kurator,Skolverket,Backaskolan,practitioner,a@b.se,\n";
        var firstBad = DemoCount + 2 + 2;

        var response = await admin.Http.PostAsync("/api/directory/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("directory.import-rows", problem.GetProperty("code").GetString());
        var rows = problem.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("column").GetString(), r.GetProperty("code").GetString())).ToArray();
        Assert.Equal(
            [(firstBad, "title", "field.required"), (firstBad + 1, "roles", "directory.unknown-role"), (firstBad + 2, "hsaId", "field.invalid-id"), (firstBad + 3, "agencyKind", "directory.unknown-agency")],
            rows);
        Assert.Equal(before, await admin.Http.GetStringAsync("/api/directory"));
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNothing()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var csv = DirectoryFile.Csv(DirectoryFile.Staff(4, 5));
        await ImportAsync(admin, csv, dryRun: false);

        var again = await ImportAsync(admin, csv, dryRun: false);

        Assert.Equal((0, 0, 0, DemoCount + 5), (again.Added.Count, again.Changed.Count, again.Deactivated.Count, again.Unchanged));
    }

    [Fact]
    public async Task APersonLeftOutOfTheFileIsDeactivatedAndTheirTokenRefused()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var staff = DirectoryFile.Staff(5, 2);
        await ImportAsync(admin, DirectoryFile.Csv(staff), dryRun: false);
        using var leaving = await system.SignInAsync(staff[1].Id);

        var changes = await ImportAsync(admin, DirectoryFile.Csv(staff.Take(1)), dryRun: false);

        Assert.Contains(staff[1].Id, changes.Deactivated);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaving.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task ADeactivatedProfessionalsOpenHubConnectionIsClosedWithinTwoSeconds()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var staff = DirectoryFile.Staff(6, 1);
        await ImportAsync(admin, DirectoryFile.Csv(staff), dryRun: false);
        using var leaving = await system.SignInAsync(staff[0].Id);
        await using var connection = await leaving.ConnectAsync();
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        (await admin.Http.PostAsync($"/api/directory/{staff[0].Id}/deactivate", null)).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => closed.Task.IsCompleted, TimeSpan.FromSeconds(2), "the deactivated professional's hub connection to close");
        Console.WriteLine($"Hub connection closed {clock.ElapsedMilliseconds} ms after the deactivation.");
    }

    [Fact]
    public async Task AnHsaIdIsAProfessionalIdAndTheDirectoryGivesNameAndRoles()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        var saved = await admin.Http.PutAsJsonAsync("/api/directory/SE2321000016-1003", new
        {
            name = "Hedda Holm", title = "BVC-sjuksköterska", agencyKind = "ChildHealth", unit = "BVC Backa", roles = new[] { "child-health-nurse" }, email = "hedda@backa.example", phone = "031-11 22 33",
        });
        await saved.EnsureSuccessAsync();
        using var nurse = await system.SignInAsync("SE2321000016-1003");

        var child = await nurse.RegisterChildAsync("Tilde", "SE2321000016-1003");
        var me = await nurse.Http.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("SE2321000016-1003", child.ChildContactId);
        Assert.Equal(("Hedda Holm", true, "ChildHealthNurse"), (me.GetProperty("name").GetString(), me.GetProperty("practitioner").GetBoolean(), me.GetProperty("contactRole").GetString()));
    }

    [Fact]
    public async Task ChildrenOfADeactivatedBarnkontaktShowAsWithoutContactToTheUnitManager()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        await (await admin.Http.PutAsJsonAsync("/api/directory/SE2321000016-7001", new
        {
            name = "Rut Rektor", title = "Grundskolerektor", agencyKind = "School", unit = "Backaskolan", roles = new[] { "school-principal" },
        })).EnsureSuccessAsync();
        using var principal = await system.SignInAsync("SE2321000016-7001");
        var child = await principal.RegisterChildAsync("Molly", "SE2321000016-7001");
        using var manager = await system.SignInAsync("gunilla-chef");

        (await admin.Http.PostAsync("/api/directory/SE2321000016-7001/deactivate", null)).EnsureSuccessStatusCode();

        var orphans = await manager.Http.GetFromJsonAsync<JsonElement>("/api/unit/children-without-contact");
        Assert.Contains(orphans.EnumerateArray(), o => o.GetProperty("childId").GetGuid() == child.ChildId && o.GetProperty("formerContactName").GetString() == "Rut Rektor");
    }

    [Fact]
    public async Task OnlyPractitionersCanBeBarnkontakt()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        using var nurse = await system.SignInAsync("anna-bvc");

        var response = await nurse.Http.PostAsJsonAsync("/api/children", new { displayName = "Ida", childContactId = "lars-katalog" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("field.not-a-child-contact", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static int DemoCount => BackaBarnet.Live.Web.Auth.DemoPeople.All.Count;

    private static async Task<DirectoryChanges> ImportAsync(SignedIn admin, string csv, bool dryRun)
    {
        var response = await admin.Http.PostAsync($"/api/directory/import?dryRun={dryRun.ToString().ToLowerInvariant()}", new StringContent(csv, Encoding.UTF8, "text/csv"));
        await response.EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<DirectoryChanges>(Json.Options))!;
    }
}
