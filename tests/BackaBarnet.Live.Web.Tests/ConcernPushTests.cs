using System.Collections.Concurrent;
using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class ConcernPushTests(LiveSystem system)
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ConcernRaisedThroughTheApiReachesTheConnectedBarnkontakt()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var teacher = await system.SignInAsync("erik-rektor");
        var child = await nurse.RegisterChildAsync("Alva", "anna-bvc");
        await using var connection = await nurse.ConnectAsync();
        var recorder = new ConcernAlertRecorder(connection);

        var raised = await teacher.RaiseConcernAsync(child.ChildId, "Alva verkar ledsen och trött på morgnarna.", "Healthy", "CaredFor");

        var alert = await recorder.WaitForAsync(raised.ConcernId, PushTimeout);
        Assert.Equal(child.ChildId, alert.ChildId);
        Assert.Equal("Alva", alert.ChildDisplayName);
        Assert.Equal("erik-rektor", alert.Concern.ReporterId);
        Assert.Equal([NeedsArea.Healthy, NeedsArea.CaredFor], alert.Concern.Areas);
        Assert.Equal(2, alert.ChildVersion);
    }

    [Fact]
    public async Task EveryOpenTabOfTheBarnkontaktGetsTheConcern()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Bo", "anna-bvc");
        await using var firstTab = await nurse.ConnectAsync();
        await using var secondTab = await nurse.ConnectAsync();
        var first = new ConcernAlertRecorder(firstTab);
        var second = new ConcernAlertRecorder(secondTab);

        var raised = await nurse.RaiseConcernAsync(child.ChildId, "Bo har inte kommit till BVC-besöket.", "Healthy");

        await first.WaitForAsync(raised.ConcernId, PushTimeout);
        await second.WaitForAsync(raised.ConcernId, PushTimeout);
    }

    [Fact]
    public async Task ConcernDoesNotReachProfessionalsWhoAreNotTheBarnkontakt()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var police = await system.SignInAsync("johan-polis");
        var child = await nurse.RegisterChildAsync("Cleo", "anna-bvc");
        await using var nurseConnection = await nurse.ConnectAsync();
        await using var policeConnection = await police.ConnectAsync();
        var nurseAlerts = new ConcernAlertRecorder(nurseConnection);
        var policeAlerts = new ConcernAlertRecorder(policeConnection);

        var raised = await police.RaiseConcernAsync(child.ChildId, "Cleo var ute sent en skolkväll.", "Safe");

        await nurseAlerts.WaitForAsync(raised.ConcernId, PushTimeout);
        // A meeting invitation is the marker: it reaches the police officer's inbox after the
        // concern would have, and is pushed the same way, so once it is here a stray alert would be too.
        var invitations = new ConcurrentQueue<Notification>();
        policeConnection.On<Notification, int>("Notification", (n, _) => invitations.Enqueue(n));
        var invited = await nurse.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { child.ChildId },
            scheduledAt = DateTimeOffset.UtcNow.AddDays(1),
            participants = new[] { new { participantId = "johan-polis", name = "Johan", agency = "Polisen", role = "Polis", kind = "Professional" } },
        });
        invited.EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => invitations.Any(n => n.Kind == NotificationKind.MeetingInvitation), PushTimeout, "the police officer's meeting invitation");
        Assert.DoesNotContain(policeAlerts.ReceivedSoFar(), a => a.ChildId == child.ChildId);
    }

    [Fact]
    public async Task ConcernRaisedWhileTheBarnkontaktIsOfflineWaitsForThem()
    {
        using var principal = await system.SignInAsync("maria-forskola");
        var child = await principal.RegisterChildAsync("Dani", "maria-forskola");

        var raised = await principal.RaiseConcernAsync(child.ChildId, "Dani har slutat äta lunch på förskolan.", "Healthy");

        var waiting = await principal.Http.GetFromJsonAsync<ConcernAlert[]>("/api/me/concerns", Json.Options);
        Assert.Contains(waiting!, a => a.Concern.ConcernId == raised.ConcernId && a.ChildId == child.ChildId);
    }
}
