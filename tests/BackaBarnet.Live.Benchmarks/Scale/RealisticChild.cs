using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Scale;

/// <summary>A child with the record the scale run holds in memory, built through the API: 3 concerns, 1 assessment, a plan of 5 actions.</summary>
public static class RealisticChild
{
    public const int Concerns = 3;
    public const int Assessments = 1;
    public const int Actions = 5;

    public static async Task<Guid> CreateAsync(SignedIn barnkontakt, SignedIn reporter)
    {
        var child = await barnkontakt.RegisterChildAsync("Skalbarn", barnkontakt.ProfessionalId);
        var id = child.ChildId;
        for (var n = 0; n < Concerns; n++)
        {
            await reporter.RaiseConcernAsync(id, $"Oro {n}: ofta trött och hungrig på förmiddagarna, har slutat gå på fritids.", "Healthy", "CaredFor");
        }

        await OkAsync(await barnkontakt.Http.PostAsJsonAsync($"/api/children/{id}/assessments", new
        {
            rater = "TeamConsensus",
            assessedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            ratings = new[] { "Respected", "Developing", "CaredFor", "Safe", "Healthy", "Leisure", "Belonging", "Responsible" }
                .Select((area, i) => new { area, value = (i % 5) + 1, note = $"Samtal med barnet om {area}" }),
        }));

        var planVersion = child.Plan?.Version ?? 0;
        for (var n = 0; n < Actions; n++)
        {
            var response = await OkAsync(await barnkontakt.Http.PostAsJsonAsync($"/api/children/{id}/plan/actions", new
            {
                what = $"Insats {n}: samtalsstöd hos kurator varannan vecka",
                agency = "SocialServices",
                responsibleId = barnkontakt.ProfessionalId,
                start = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60 + n)).ToString("yyyy-MM-dd"),
                status = "Planned",
                expectedVersion = planVersion,
            }));
            planVersion = (await response.Content.ReadFromJsonAsync<PlanChangeResult>(Json.Options))!.Plan.Version;
        }

        return id;
    }

    /// <summary>Whether a snapshot holds the whole realistic record (a clone read back from storage must).</summary>
    public static bool IsComplete(ChildSnapshot snapshot) =>
        snapshot.Concerns.Count == Concerns && snapshot.Assessments.Count == Assessments && snapshot.Plan?.Actions.Count == Actions;

    private static async Task<HttpResponseMessage> OkAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
            ? response
            : throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
}
