using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>Setting up a test's world through the REST API, as the people themselves would; a refusal fails loudly with its problem.</summary>
internal static class Api
{
    public static async Task<JsonElement> PostAsync(this SignedIn who, string path, object? body = null)
    {
        var response = body is null ? await who.Http.PostAsync(path, null) : await who.Http.PostAsJsonAsync(path, body, Json.Options);
        return await ReadAsync(response);
    }

    public static async Task<JsonElement> PutAsync(this SignedIn who, string path, object body) =>
        await ReadAsync(await who.Http.PutAsJsonAsync(path, body, Json.Options));

    public static async Task<JsonElement> GetAsync(this SignedIn who, string path) => await ReadAsync(await who.Http.GetAsync(path));

    public static async Task<Guid> RegisterAsync(this SignedIn who, string name, string contactId, int? age = null)
    {
        var child = await who.PostAsync("/api/children", new { displayName = name, childContactId = contactId, personnummer = age is { } years ? TestPersonnummer.AgedYears(years) : null });
        return child.GetProperty("childId").GetGuid();
    }

    public static async Task<long> PlanVersionAsync(this SignedIn who, Guid childId) =>
        (await who.GetAsync($"/api/children/{childId}/plan")).GetProperty("version").GetInt64();

    public static async Task<Guid> AddActionAsync(this SignedIn who, Guid childId, string what, string agency, string? responsibleId)
    {
        var result = await who.PostAsync($"/api/children/{childId}/plan/actions",
            new { what, agency, responsibleId, due = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd"), expectedVersion = await who.PlanVersionAsync(childId) });
        return result.GetProperty("plan").GetProperty("actions").EnumerateArray().Last().GetProperty("actionId").GetGuid();
    }

    public static Task<JsonElement> ConsentAsync(this SignedIn who, Guid childId, string agency) =>
        who.PostAsync($"/api/children/{childId}/consents", new { agency, givenBy = "Vårdnadshavare 1", givenOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd") });

    /// <summary>Convenes an individual barnteam about the child with these professionals (by directory id) and returns the meeting's id.</summary>
    public static async Task<Guid> ConveneAsync(this SignedIn convener, Guid childId, params string[] invited)
    {
        var people = await convener.GetAsync("/api/people");
        var participants = people.EnumerateArray()
            .Where(p => invited.Contains(p.GetProperty("id").GetString()))
            .Select(p => new { participantId = p.GetProperty("id").GetString(), name = p.GetProperty("name").GetString(), agency = p.GetProperty("agency").GetString(), role = p.GetProperty("title").GetString(), kind = "Professional" })
            .ToArray();
        var meeting = await convener.PostAsync("/api/sessions", new { kind = "Individual", childIds = new[] { childId }, scheduledAt = DateTimeOffset.UtcNow.AddMinutes(30), participants });
        return meeting.GetProperty("sessionId").GetGuid();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        }

        return text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text, Json.Options);
    }
}
