using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>One participant's live connection to a meeting: every SessionEvent version it receives, stamped on arrival.</summary>
public sealed class MeetingSeat : IAsyncDisposable
{
    private MeetingSeat(string professionalId, HubConnection connection)
    {
        ProfessionalId = professionalId;
        Connection = connection;
    }

    public string ProfessionalId { get; }

    public HubConnection Connection { get; }

    public Arrivals<long> Arrivals { get; } = new();

    /// <summary>The session version of the snapshot it joined with: it must receive every version after it.</summary>
    public long JoinedAt { get; private set; }

    /// <param name="observe">Also sees every event (the meeting keeps its item versions from them).</param>
    public static async Task<MeetingSeat> JoinAsync(SignedIn professional, Guid sessionId, Action<SessionEvent>? observe = null)
    {
        var seat = new MeetingSeat(professional.ProfessionalId, professional.BuildConnection());
        seat.Connection.On<Guid, SessionEvent>("SessionEvent", (id, e) =>
        {
            if (id == sessionId)
            {
                seat.Arrivals.Record(e.Version);
                observe?.Invoke(e);
            }
        });
        await seat.Connection.StartAsync();
        seat.JoinedAt = (await seat.Connection.InvokeAsync<JoinedVersion>("JoinSession", sessionId)).Version;
        return seat;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>What a seat reads of the join's answer (the product answers the whole snapshot).</summary>
    private sealed record JoinedVersion(long Version);
}
