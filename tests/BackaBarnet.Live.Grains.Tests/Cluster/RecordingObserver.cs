using System.Threading.Channels;
using BackaBarnet.Live.GrainInterfaces.Professionals;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>Stands in for a web node: records what the professional grain pushes.</summary>
public sealed class RecordingObserver : IProfessionalObserver
{
    private readonly Channel<ConcernAlert> alerts = Channel.CreateUnbounded<ConcernAlert>();

    public Task OnConcernRaisedAsync(ConcernAlert alert)
    {
        alerts.Writer.TryWrite(alert);
        return Task.CompletedTask;
    }

    public async Task<ConcernAlert> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await alerts.Reader.ReadAsync(cancel.Token);
    }
}
