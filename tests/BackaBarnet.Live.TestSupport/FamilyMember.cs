using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.Web.Family;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.TestSupport;

/// <summary>A guardian or child signed in through the family dev sign-in: a cookie session, as their phone's browser has.</summary>
public sealed class FamilyMember(HttpClient http, CookieContainer cookies, Uri webNode, string participantId) : IDisposable
{
    public HttpClient Http { get; } = http;

    public string ParticipantId { get; } = participantId;

    /// <summary>Every MeetingChanged push this member's hub connections received, as (session, version).</summary>
    public ConcurrentQueue<(Guid SessionId, long Version)> Pushes { get; } = new();

    public static async Task<FamilyMember> SignInAsync(Uri webNode, Guid childId, FamilyRelation relation, int guardianNumber = 1)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = webNode };
        var response = await http.PostAsJsonAsync("/api/dev/family/sign-in", new { childId, relation = relation.ToString(), guardianNumber });
        await response.EnsureSuccessAsync();
        var signedIn = (await response.Content.ReadFromJsonAsync<FamilyDevSignInEndpoints.FamilySignInResponse>(Json.Options))!;
        return new FamilyMember(http, cookies, webNode, signedIn.ParticipantId);
    }

    /// <summary>A started connection to the family hub (or, to prove it refuses them, the professionals' hub).</summary>
    public async Task<HubConnection> ConnectAsync(string path = FamilyHub.Path)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(webNode, path), options =>
            {
                options.Cookies = cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        connection.On<Guid, long>("MeetingChanged", (sessionId, version) => Pushes.Enqueue((sessionId, version)));
        await connection.StartAsync();
        return connection;
    }

    public void Dispose() => Http.Dispose();
}
