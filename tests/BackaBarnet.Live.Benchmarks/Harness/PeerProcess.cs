using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// The peer (tests/BackaBarnet.Live.Benchmarks.Peer) as a process of its own on the product's
/// Azurite: the system a municipality's own team would build, measured in the same run.
/// </summary>
public sealed class PeerProcess : IBenchTarget, IAsyncDisposable
{
    private readonly ServerProcess server;
    private readonly Uri address;

    private PeerProcess(ServerProcess server, Uri address) => (this.server, this.address) = (server, address);

    public string Name => "peer";

    /// <param name="stateBytes">The size the product stores per meeting: the peer pads its state row to it.</param>
    public static async Task<PeerProcess> StartAsync(string storage, int stateBytes, string logFolder)
    {
        var port = FreePort.Next();
        var server = await ServerProcess.StartDotnetAsync(
            "peer", BuildOutput.Peer, ["--urls", $"http://127.0.0.1:{port}", "--storage", storage, "--state-bytes", $"{stateBytes}"], port, logFolder);
        return new PeerProcess(server, new Uri($"http://127.0.0.1:{port}"));
    }

    public IReadOnlyDictionary<string, int> ServerProcessIds() => new Dictionary<string, int> { ["peer"] = server.Pid };

    public async Task<IReadOnlyDictionary<string, double>> StorageRequestsAsync()
    {
        using var http = new HttpClient { BaseAddress = address };
        return new Dictionary<string, double> { ["all"] = double.Parse(await http.GetStringAsync("/storage-requests"), System.Globalization.CultureInfo.InvariantCulture) };
    }

    public async Task<SignedIn> SignInAsync(string professionalId)
    {
        using var anonymous = new HttpClient { BaseAddress = address };
        var response = await anonymous.PostAsJsonAsync("/token", new { professionalId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>(Json.Options))!.Token;
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new SignedIn(professionalId, token, client, address);
    }

    public async Task<Guid> RegisterChildAsync(SignedIn contact, string displayName)
    {
        var response = await contact.Http.PostAsJsonAsync("/api/children", new { displayName, childContactId = contact.ProfessionalId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChildAnswer>(Json.Options))!.ChildId;
    }

    public async Task<(Guid SessionId, Guid ChildId)> OpenMeetingAsync(SignedIn convener, IReadOnlyList<SignedIn> others)
    {
        var response = await convener.Http.PostAsJsonAsync("/api/meetings", new { participantIds = others.Select(o => o.ProfessionalId) });
        response.EnsureSuccessStatusCode();
        var meeting = (await response.Content.ReadFromJsonAsync<MeetingAnswer>(Json.Options))!;
        return (meeting.SessionId, meeting.ChildId);
    }

    public async Task<long> SessionVersionAsync(SignedIn participant, Guid sessionId) =>
        (await participant.Http.GetFromJsonAsync<MeetingAnswer>($"/api/meetings/{sessionId}", Json.Options))!.Version;

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private sealed record TokenAnswer(string Token);

    private sealed record ChildAnswer(Guid ChildId);

    private sealed record MeetingAnswer(Guid SessionId, Guid ChildId, long Version);
}
