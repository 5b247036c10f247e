using System.Threading.Channels;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.TestSupport;

/// <summary>Records the ConcernRaised pushes one hub connection receives.</summary>
public sealed class ConcernAlertRecorder
{
    private readonly Channel<ConcernAlert> received = Channel.CreateUnbounded<ConcernAlert>();

    public ConcernAlertRecorder(HubConnection connection) =>
        connection.On<ConcernAlert>("ConcernRaised", alert => received.Writer.TryWrite(alert));

    /// <summary>The first alert for this concern, or a timeout failure naming what was awaited.</summary>
    public async Task<ConcernAlert> WaitForAsync(Guid concernId, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var alert in received.Reader.ReadAllAsync(cancel.Token))
            {
                if (alert.Concern.ConcernId == concernId)
                {
                    return alert;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        throw new TimeoutException($"No ConcernRaised for concern {concernId} within {timeout}.");
    }

    /// <summary>
    /// Everything received so far. To know nothing more is on its way, wait first for a later
    /// push to the same professional (a marker): pushes to one professional leave in order.
    /// </summary>
    public IReadOnlyList<ConcernAlert> ReceivedSoFar()
    {
        var all = new List<ConcernAlert>();
        while (received.Reader.TryRead(out var alert))
        {
            all.Add(alert);
        }

        return all;
    }
}
