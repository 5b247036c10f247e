using System.Net.Http.Json;
using System.Text.Json.Serialization;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.Web.Endpoints;
using BackaBarnet.Live.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.TestSupport;

/// <summary>A signed-in professional: an authenticated HTTP client and a way to open live connections.</summary>
public sealed class SignedIn(string professionalId, string token, HttpClient http, Uri baseAddress) : IDisposable
{
    public string ProfessionalId { get; } = professionalId;

    public string Token { get; } = token;

    public HttpClient Http { get; } = http;

    /// <summary>Opens a SignalR connection over WebSockets with the bearer token, as another system does (to another web node if given).</summary>
    public async Task<HubConnection> ConnectAsync(Uri? webNode = null)
    {
        var connection = BuildConnection(webNode);
        await connection.StartAsync();
        return connection;
    }

    /// <summary>A connection not yet started, for tests that must listen before the first message.</summary>
    public HubConnection BuildConnection(Uri? webNode = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(webNode ?? baseAddress, LiveHub.Path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(Token);
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();

    public async Task<ChildSnapshot> RegisterChildAsync(string displayName, string childContactId)
    {
        var response = await Http.PostAsJsonAsync("/api/children", new CreateChildRequest(displayName, childContactId));
        await response.EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!;
    }

    public async Task<ConcernReceipt> RaiseConcernAsync(Guid childId, string text, params string[] areas)
    {
        var response = await Http.PostAsJsonAsync($"/api/children/{childId}/concerns", new RaiseConcernRequest(text, areas));
        await response.EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<ConcernReceipt>(Json.Options))!;
    }

    /// <summary>As the barnkontakt: records that a guardian consents to sharing with one agency kind from today.</summary>
    public async Task<ConsentView> RecordConsentAsync(Guid childId, string agency)
    {
        var response = await Http.PostAsJsonAsync($"/api/children/{childId}/consents",
            new { agency, givenBy = "Vårdnadshavare 1", givenOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)) });
        await response.EnsureSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<ConsentView>(Json.Options))!;
    }

    public void Dispose() => Http.Dispose();
}
