using System.Text.Json;
using System.Text.RegularExpressions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>
/// An outside client that sends what a hub parameter cannot hold gets a coded
/// <c>request.unreadable</c> naming the argument (docs/realtime-api.md), not SignalR's bare
/// "Failed to invoke … due to an error on the server", and nothing it sent reaches the log.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed partial class HubBindingTests(LiveSystem system)
{
    [Fact]
    public async Task EveryHubMethodCalledWithUnbindableArgumentsAnswersACodedErrorNamingTheArgument()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var connection = await convener.ConnectAsync();
        (string Method, object?[] Args, string Argument)[] cases =
        [
            ("JoinSession", ["not-a-guid"], "sessionId"),
            ("JoinSession", [null], "sessionId"),
            ("JoinSession", [], "sessionId"),
            ("LeaveSession", [12], "sessionId"),
            ("GetSession", [sessionId, 1], "arguments"),
            ("GetSessionSince", [sessionId, "many"], "version"),
            ("GetSessionSince", [sessionId, 2.5], "version"),
            ("SubmitRatings", [sessionId, childId, new[] { new { area = "Safe", value = "3" } }], "ratings"),
            ("SubmitRatings", [sessionId, childId, null], "ratings"),
            ("RevealRatings", [sessionId], "childId"),
            ("SetConsensus", [sessionId, childId, "Happy", 3], "area"),
            ("SetConsensus", [sessionId, childId, "Safe", 2.5], "value"),
            ("SetConsensus", [sessionId, childId, "Safe", "3"], "value"),
            ("SaveAction", [sessionId, childId, "new", Meetings.Action("Läxhjälp"), 0L], "actionId"),
            ("SaveAction", [sessionId, childId, null, null, 0L], "action"),
            ("SaveAction", [sessionId, childId, null, new { what = "Läxhjälp", agency = "Preschool", status = "Planned" }, 0L], "action"),
            ("SaveAction", [sessionId, childId, null, Meetings.Action("Läxhjälp"), "0"], "expectedItemVersion"),
            ("RemoveAction", [sessionId, childId, Guid.NewGuid(), 1.5], "expectedItemVersion"),
            ("SaveDetails", [sessionId, childId, "plain text", 0L], "details"),
            ("WatchChild", ["child"], "childId"),
            ("UnwatchChild", [true], "childId"),
        ];

        var wrong = new List<string>();
        foreach (var (method, args, argument) in cases)
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync<object>(method, args));
            var answer = Coded().Match(refused.Message);
            if (!answer.Success || answer.Groups[1].Value != "request.unreadable"
                || JsonSerializer.Deserialize<Dictionary<string, string>>(answer.Groups[2].Value) is not { } named
                || named.GetValueOrDefault("argument") != argument || named.GetValueOrDefault("method") != method)
            {
                wrong.Add($"{method}({JsonSerializer.Serialize(args)}): {refused.Message}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // The connection survives every refusal and still serves.
        Assert.NotNull(await connection.InvokeAsync<object>("GetSession", sessionId));
    }

    [Fact]
    public async Task ANumberInsideAnArgumentIsNamedByItsPath()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var connection = await convener.ConnectAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync<object>(
            "SubmitRatings", [sessionId, childId, new object[] { new { area = "Safe", value = 4 }, new { area = "Healthy", value = 2.5 } }]));

        Assert.Contains("\"field\":\"ratings[1].value\"", Coded().Match(refused.Message).Groups[2].Value);
    }

    /// <summary>As for REST bodies: an argument naming a field twice is refused, the last value never silently wins.</summary>
    [Fact]
    public async Task AnArgumentNamingAFieldTwiceIsRefusedNamingTheFieldAndChangesNothing()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var connection = await convener.ConnectAsync();
        // JsonDocument keeps both keys, and the client writes them as they are.
        using var twice = JsonDocument.Parse("""{"goals":[],"minutes":"Första","minutes":"Andra"}""");

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync<object>(
            "SaveDetails", [sessionId, childId, twice.RootElement, 0L]));

        var answer = Coded().Match(refused.Message);
        Assert.Equal("request.unreadable", answer.Groups[1].Value);
        var named = JsonSerializer.Deserialize<Dictionary<string, string>>(answer.Groups[2].Value)!;
        Assert.Equal(("details", "details.minutes"), (named["argument"], named["field"]));
        var snapshot = await connection.InvokeAsync<JsonElement>("GetSession", sessionId);
        Assert.Equal(0, snapshot.GetProperty("agenda")[0].GetProperty("detailsVersion").GetInt64());
    }

    [Fact]
    public async Task AHostileRunLeavesNoPersonnummerTokenOrTextInTheLogAndNoErrors()
    {
        var logs = new CapturedLogs();
        var node = await system.StartWebNodeAsync(logs, "--Logging:LogLevel:Default=Information");
        using var convener = await DevSignIn.SignInAsync(node, Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var connection = await convener.ConnectAsync(node);
        await connection.InvokeAsync<object>("JoinSession", sessionId);
        // The details are at version 1 after this: an edit made against version 0 is stale.
        await connection.InvokeCoreAsync<object>("SaveDetails", [sessionId, childId, new { goals = Array.Empty<object>(), minutes = "Första versionen" }, 0L]);
        var personnummer = TestPersonnummer.AgedYears(7);
        var secret = $"Hemlig anteckning {Guid.NewGuid():N}";
        var typed = $"{secret} {personnummer}";

        object?[][] hostile =
        [
            // Refused by the model: a stale version (answered, not thrown), an out-of-range rating, an unknown assignee.
            ["SaveDetails", sessionId, childId, new { goals = Array.Empty<object>(), minutes = typed }, 0L],
            ["SubmitRatings", sessionId, childId, new[] { new { area = "Safe", value = 7, note = typed } }],
            ["SaveAction", sessionId, childId, null, new { what = typed, agency = "SocialServices", assigneeId = personnummer, status = "Planned" }, 0L],
            // Not bindable: the typed text where a GUID, an enum or a number goes.
            ["JoinSession", typed],
            ["SetConsensus", sessionId, childId, typed, 3],
            ["SaveAction", sessionId, childId, null, new { what = "x", agency = typed, status = "Planned" }, 0L],
            ["WatchChild", personnummer],
            // Refused for access: a meeting and a child that do not exist.
            ["GetSession", Guid.NewGuid()],
            ["WatchChild", Guid.NewGuid()],
        ];
        var refusals = 0;
        foreach (var call in hostile)
        {
            try
            {
                // The stale edit is answered, not thrown: an EditOutcome that did not apply.
                await connection.InvokeCoreAsync<object>((string)call[0]!, call[1..]);
            }
            catch (HubException)
            {
                refusals++;
            }
        }

        Assert.Equal(hostile.Length - 1, refusals);

        var log = logs.All;
        Assert.DoesNotContain(personnummer, log);
        Assert.DoesNotContain(personnummer.Replace("-", ""), log);
        Assert.DoesNotContain(secret, log);
        Assert.DoesNotContain(convener.Token, log);
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Error);
        // The refusals are there, at Information, with their codes.
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Information && l.Text.Contains("Hub call SubmitRatings refused: "));
    }

    [GeneratedRegex(@"HubException: \[([a-z0-9.-]+)\] [^\n]*\n(\{.*\})\s*$", RegexOptions.Singleline)]
    private static partial Regex Coded();
}
