using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.TestSupport;

/// <summary>Sets up an open barnteam meeting through the API, as a convener would.</summary>
public static class Meetings
{
    public const string Convener = "erik-rektor";

    public static readonly string[] Invited = ["sara-soc", "anna-bvc"];

    /// <summary>A meeting where the guardians have consented to sharing with every invited agency (see ConsentGatingTests for without).</summary>
    public static async Task<(Guid SessionId, Guid ChildId)> OpenAsync(SignedIn convener, bool open = true)
    {
        var child = await convener.RegisterChildAsync("Ivar", Convener);
        await convener.RecordConsentAsync(child.ChildId, "SocialServices");
        await convener.RecordConsentAsync(child.ChildId, "ChildHealth");
        var sessionId = await ConveneAsync(convener, child.ChildId);
        if (open)
        {
            await (await convener.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessAsync();
        }

        return (sessionId, child.ChildId);
    }

    public static async Task<Guid> ConveneAsync(SignedIn convener, Guid childId)
    {
        var response = await convener.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { childId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = Invited.Select(id => new { participantId = id, name = id, agency = "Test", role = "Deltagare", kind = "Professional" }),
        });
        await response.EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!.SessionId;
    }

    public static object Action(string what, string? assignee = null) =>
        new { what, agency = "SocialServices", assigneeId = assignee, due = "2027-01-15", status = "Planned" };
}
