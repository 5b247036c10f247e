using System.Net;
using System.Text.Json.Serialization;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>
/// Every hub method as every kind of caller. A refused token never gets a connection; a signed-in
/// caller gets the exact outcome: done, or refused for the named reason.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class HubAccessMatrixTests(LiveSystem system, ITestOutputHelper output)
{
    private const string Ok = "ok";
    private const string NotParticipant = "Only participants invited";
    private const string NoConsent = "consent does not cover";
    private const string NotConvener = "Only the convener";
    private const string NoRole = "no role for this child";

    private static readonly DateOnly Due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

    private static readonly (string Method, Func<AccessWorld, object?[]> Args, string NoRelation, string WithoutConsent, string WithConsent)[] Cases =
    [
        ("JoinSession", w => [w.SessionId], NotParticipant, Ok, Ok),
        ("GetSession", w => [w.SessionId], NotParticipant, Ok, Ok),
        ("GetSessionSince", w => [w.SessionId, 0L], NotParticipant, Ok, Ok),
        ("SubmitRatings", w => [w.SessionId, w.ChildId, new[] { new AreaRating(NeedsArea.Safe, 3) }], NotParticipant, Ok, Ok),
        ("SetConsensus", w => [w.SessionId, w.ChildId, NeedsArea.Safe, 3], NotParticipant, NoConsent, Ok),
        ("SaveAction", w => [w.SessionId, w.ChildId, null, new SessionActionInput("Eget samtal", AgencyKind.SocialServices, AccessWorld.OtherAgency, Due), 0L], NotParticipant, Ok, Ok),
        ("SaveAction", w => [w.SessionId, w.ChildId, null, new SessionActionInput("Skolans insats", AgencyKind.SchoolOrPreschool, AccessWorld.Contact, Due), 0L], NotParticipant, NoConsent, Ok),
        ("SaveDetails", w => [w.SessionId, w.ChildId, new SessionPlanDetails([], null, Due, "Anteckning"), 0L], NotParticipant, NoConsent, Ok),
        ("RevealRatings", w => [w.SessionId, w.ChildId], NotParticipant, NotConvener, NotConvener),
        ("RemoveAction", w => [w.SessionId, w.ChildId, w.ActionId, 1L], NotParticipant, Ok, Ok),
        ("LeaveSession", w => [w.SessionId], Ok, Ok, Ok),
        ("WatchChild", w => [w.ChildId], NoRole, Ok, Ok),
        ("UnwatchChild", w => [w.ChildId], Ok, Ok, Ok),
    ];

    [Fact]
    public void TheTableCoversEveryHubMethod()
    {
        var methods = typeof(LiveHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync"))
            .Select(m => m.Name).Distinct().Order();

        Assert.Equal(methods, Cases.Select(c => c.Method).Distinct().Order());
    }

    [Theory]
    [InlineData(Caller.NoToken)]
    [InlineData(Caller.ExpiredToken)]
    [InlineData(Caller.TokenFromAnotherKey)]
    public async Task ARefusedTokenGetsNoConnection(Caller caller)
    {
        string? token = caller switch
        {
            Caller.ExpiredToken => system.MintToken(AccessWorld.OtherAgency, DateTimeOffset.UtcNow.AddHours(-3), TimeSpan.FromHours(1)),
            Caller.TokenFromAnotherKey => system.MintToken(AccessWorld.OtherAgency, DateTimeOffset.UtcNow, TimeSpan.FromHours(1),
                new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            _ => null,
        };
        var connection = Connection(token);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Theory]
    [InlineData(Caller.NoRelation)]
    [InlineData(Caller.OtherAgencyWithoutConsent)]
    [InlineData(Caller.OtherAgencyWithConsent)]
    public async Task EveryHubMethodAnswersEachCallerExactlyAsTheTableSays(Caller caller)
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: caller == Caller.OtherAgencyWithConsent);
        using var signedIn = await system.SignInAsync(caller == Caller.NoRelation ? AccessWorld.Stranger : AccessWorld.OtherAgency);
        await using var connection = Connection(signedIn.Token);
        await connection.StartAsync();
        var mismatches = new List<string>();

        foreach (var (method, args, noRelation, withoutConsent, withConsent) in Cases)
        {
            var expected = caller switch { Caller.NoRelation => noRelation, Caller.OtherAgencyWithoutConsent => withoutConsent, _ => withConsent };
            var got = await OutcomeAsync(connection, method, args(world));
            if (!got.Contains(expected, StringComparison.Ordinal) || (expected != Ok && got == Ok))
            {
                mismatches.Add($"{method}: expected '{expected}', got '{got}'");
            }
        }

        mismatches.ForEach(output.WriteLine);
        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task AConnectionIsClosedWhenItsTokenExpires()
    {
        var token = system.MintToken(AccessWorld.OtherAgency, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(3));
        await using var connection = Connection(token);
        var closed = new TaskCompletionSource();
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await connection.StartAsync();

        // The hub closes the connection on the first message after expiry; keep talking until it does.
        await Eventually.HoldsAsync(
            async () =>
            {
                try
                {
                    await connection.InvokeAsync("LeaveSession", Guid.NewGuid());
                }
                catch (Exception) when (connection.State != HubConnectionState.Connected)
                {
                    // The close raced this call: that is the outcome the test waits for.
                }

                return closed.Task.IsCompleted;
            },
            TimeSpan.FromSeconds(30),
            "the hub to close the connection of an expired token");

        Assert.True(closed.Task.IsCompleted, "the connection outlived its token");
    }

    private static async Task<string> OutcomeAsync(HubConnection connection, string method, object?[] args)
    {
        try
        {
            await connection.InvokeCoreAsync(method, typeof(object), args);
            return Ok;
        }
        catch (HubException e)
        {
            return e.Message;
        }
    }

    private HubConnection Connection(string? token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(system.BaseAddress, LiveHub.Path), o => o.AccessTokenProvider = () => Task.FromResult(token))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
}
