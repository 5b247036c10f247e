using System.Security.Claims;
using System.Security.Cryptography;
using Azure.Data.Tables;
using BackaBarnet.Live.Benchmarks.Peer;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.Tokens;

// Started by the benchmarks as its own process:
// dotnet BackaBarnet.Live.Benchmarks.Peer.dll --urls http://127.0.0.1:PORT --storage "<Azurite connection string>" --state-bytes N
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
var requests = new StorageRequestCount();
var tableOptions = new TableClientOptions();
tableOptions.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerRetry);
var storage = new PeerStorage(new TableServiceClient(builder.Configuration["storage"], tableOptions), builder.Configuration.GetValue("state-bytes", 0));
await storage.CreateTablesAsync();

builder.Services.AddSingleton(storage).AddSingleton(new Tokens(key)).AddSingleton<Meetings>().AddSingleton<Children>();
builder.Services.AddSingleton<IUserIdProvider, SubjectUserId>();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
{
    o.MapInboundClaims = false;
    o.TokenValidationParameters = Tokens.Validation(key);
    // Browsers and the SignalR client send the token of a WebSocket in the query.
    o.Events = new JwtBearerEvents { OnMessageReceived = c => { c.Token ??= c.Request.Query["access_token"]; return Task.CompletedTask; } };
});
builder.Services.AddAuthorization();
builder.Services.AddSignalR();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapHub<MeetingHub>(MeetingHub.Path);
// For the benchmark only (the peer listens on 127.0.0.1): how many storage requests it has sent.
app.MapGet("/storage-requests", () => requests.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
app.MapPost("/token", (TokenRequest request, Tokens tokens) => Results.Ok(new TokenResponse(tokens.Issue(request.ProfessionalId))));
var api = app.MapGroup("/api").RequireAuthorization();
api.MapPost("/meetings", async (NewMeeting request, ClaimsPrincipal user, Meetings meetings) =>
{
    var meeting = await meetings.OpenAsync(user.Identity!.Name!, request.ParticipantIds);
    return Results.Ok(new MeetingCreated(meeting.SessionId, meeting.ChildId, meeting.Version));
});
api.MapGet("/meetings/{id:guid}", (Guid id, ClaimsPrincipal user, Meetings meetings) =>
    meetings.Find(id) is { } meeting && meeting.HasParticipant(user.Identity!.Name!) ? Results.Ok(new Joined(id, meeting.Version)) : Results.NotFound());
api.MapPost("/children", async (NewChild child, Children children) => Results.Ok(new ChildCreated(await children.RegisterAsync(child))));
api.MapPost("/children/{id:guid}/concerns", async (Guid id, RaiseConcern raise, ClaimsPrincipal user, Children children) =>
{
    try
    {
        return await children.RaiseAsync(id, user.Identity!.Name!, raise) is { } concern ? Results.Created($"/api/children/{id}/concerns/{concern.ConcernId}", concern) : Results.NotFound();
    }
    catch (PeerRefusal refusal)
    {
        return Results.BadRequest(new { error = refusal.Message });
    }
});
app.Run();

/// <summary>SignalR's user is the token's subject (the professional id), for pushing to one barnkontakt.</summary>
internal sealed class SubjectUserId : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.Identity?.Name;
}
