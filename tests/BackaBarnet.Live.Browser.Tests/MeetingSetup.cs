using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>A barnteam meeting set up through the REST API, as a barnkontakt would convene it.</summary>
public sealed record Meeting(Guid SessionId, Guid ChildId)
{
    public string Path => $"/meeting.html?session={SessionId}";
}

internal static class MeetingSetup
{
    /// <summary>
    /// Registers a child with the convener as barnkontakt and convenes an individual barnteam: the
    /// convener, the <paramref name="invited"/> professionals, a guardian ("mamma") and the child.
    /// The guardians consent to sharing with every invited agency.
    /// </summary>
    public static Task<Meeting> ConveneAsync(SignedIn convener, string childName, params string[] invited) =>
        ConveneAsync(convener, childName, withConsent: true, invited);

    public static async Task<Meeting> ConveneAsync(SignedIn convener, string childName, bool withConsent, params string[] invited)
    {
        var child = await convener.RegisterChildAsync(childName, convener.ProfessionalId);
        var professionals = await convener.Http.GetFromJsonAsync<JsonElement>("/api/professionals", Json.Options);
        if (withConsent)
        {
            var agencies = professionals.EnumerateArray()
                .Where(p => invited.Contains(p.GetProperty("id").GetString()))
                .Select(p => p.GetProperty("agency").GetString() is "Preschool" or "School" ? "SchoolOrPreschool" : p.GetProperty("agency").GetString()!)
                .Distinct();
            foreach (var agency in agencies)
            {
                await convener.RecordConsentAsync(child.ChildId, agency);
            }
        }

        var participants = professionals.EnumerateArray()
            .Where(p => p.GetProperty("id").GetString() is { } id && (id == convener.ProfessionalId || invited.Contains(id)))
            .Select(p => new
            {
                participantId = p.GetProperty("id").GetString(),
                name = p.GetProperty("name").GetString(),
                agency = p.GetProperty("agency").GetString(),
                role = p.GetProperty("title").GetString(),
                kind = "Professional",
            })
            .Append(new { participantId = (string?)"mamma", name = (string?)$"{childName}s mamma", agency = (string?)null, role = (string?)null, kind = "Guardian" })
            .Append(new { participantId = (string?)"barnet", name = (string?)childName, agency = (string?)null, role = (string?)null, kind = "Child" })
            .ToArray();
        var response = await convener.Http.PostAsJsonAsync(
            "/api/sessions",
            new { kind = "Individual", childIds = new[] { child.ChildId }, scheduledAt = DateTimeOffset.UtcNow.AddMinutes(10), participants },
            Json.Options);
        await EnsureSuccessAsync(response);
        var snapshot = await response.Content.ReadFromJsonAsync<JsonElement>(Json.Options);
        return new Meeting(snapshot.GetProperty("sessionId").GetGuid(), child.ChildId);
    }

    public static Task<Meeting> ConveneAndOpenAsync(SignedIn convener, string childName, params string[] invited) =>
        ConveneAndOpenAsync(convener, childName, withConsent: true, invited);

    public static async Task<Meeting> ConveneAndOpenAsync(SignedIn convener, string childName, bool withConsent, params string[] invited)
    {
        var meeting = await ConveneAsync(convener, childName, withConsent, invited);
        await EnsureSuccessAsync(await convener.Http.PostAsync($"/api/sessions/{meeting.SessionId}/open", null));
        return meeting;
    }

    // The problem details say which rule the setup broke, which EnsureSuccessStatusCode would hide.
    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
