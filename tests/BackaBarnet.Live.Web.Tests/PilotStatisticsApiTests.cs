using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Endpoints;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class PilotStatisticsApiTests(LiveSystem system)
{
    private const string Unit = "Backaskolan";

    [Fact]
    public async Task TheEvaluatorGetsProtectedFiguresAsJsonAndTheSameAsCsvWithNoChildInThem()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        using var evaluator = await system.SignInAsync("eva-utvardering");
        var names = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var child = await principal.Http.PostAsJsonAsync("/api/children", new CreateChildRequest($"Statistikbarn {i}", "erik-rektor", TestPersonnummer.AgedYears(10), Gender: ChildGender.Girl));
            var snapshot = (await child.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!;
            Assert.Equal(ChildGender.Girl, snapshot.Gender);
            await principal.RaiseConcernAsync(snapshot.ChildId, $"Oro nummer {i}", "Healthy");
            names.Add(snapshot.DisplayName);
        }

        var query = $"?unit={Uri.EscapeDataString(Unit)}&gender=Girl&ageBand=SevenToTwelve";
        var json = await evaluator.Http.GetStringAsync($"/api/statistics/pilot{query}");
        var csv = await evaluator.Http.GetStringAsync($"/api/statistics/pilot.csv{query}");
        var statistics = JsonSerializer.Deserialize<PilotStatistics>(json, Json.Options)!;

        var concerns = statistics.Cells.Single(c => c is { Measure: Measures.ConcernsRaised, Dimension: "all", Statistic: Measures.Children });
        Assert.False(concerns.Suppressed);
        Assert.True(concerns.Value >= 6);
        var lines = csv.TrimEnd().Split('\n');
        Assert.Equal(string.Join(',', DataDictionary.Columns.Select(c => c.Name)), lines[0].TrimEnd('\r'));
        Assert.Equal(statistics.Cells.Count, lines.Length - 1);
        Assert.Contains($",{Unit},SevenToTwelve,Girl,{Measures.ConcernsRaised},all,all,{Measures.Children},{concerns.Value},false", csv);
        Assert.All(names.Append("Oro nummer"), secret => Assert.DoesNotContain(secret, json + csv));
    }

    [Fact]
    public async Task OnlyTheEvaluatorReadsTheFiguresAndOnlyOpsRebuildsThem()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var evaluator = await system.SignInAsync("eva-utvardering");
        using var ops = await system.SignInAsync("olle-drift");

        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.Http.GetAsync("/api/statistics/pilot")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.Http.GetAsync("/api/statistics/pilot.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.Http.PostAsync("/api/statistics/rebuild", null)).StatusCode);
        var rebuilt = await ops.Http.PostAsync("/api/statistics/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.True((await rebuilt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("children").GetInt32() > 0);
        var dictionary = await evaluator.Http.GetFromJsonAsync<JsonElement>("/api/statistics/dictionary");
        Assert.Equal(5, dictionary.GetProperty("minimumCellSize").GetInt32());
    }

    [Theory]
    [InlineData("?gender=Robot", "gender")]
    [InlineData("?ageBand=3", "ageBand")]
    [InlineData("?unit=Ingenstans", "unit")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?from=2026-06-01&to=2026-01-01", "to")]
    public async Task ABadFilterIsRefusedNamingIt(string query, string field)
    {
        using var evaluator = await system.SignInAsync("eva-utvardering");

        var response = await evaluator.Http.GetAsync($"/api/statistics/pilot{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task AnUnknownGenderOnRegistrationIsRefusedNamingTheFieldAndRegistersNothing()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var before = await nurse.Http.GetFromJsonAsync<JsonElement[]>("/api/me/children");

        var response = await nurse.Http.PostAsJsonAsync("/api/children", new { displayName = "Gösta", childContactId = "anna-bvc", gender = "Robot" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("gender", out _));
        Assert.Equal(before!.Length, (await nurse.Http.GetFromJsonAsync<JsonElement[]>("/api/me/children"))!.Length);
    }
}
