using System.Collections.Concurrent;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>
/// A broken alert path on demand: while a professional's id is in <see cref="FailingContacts"/>,
/// every alert to them fails as an unreachable grain would. Other professionals are untouched, so
/// the shared test cluster can carry it.
/// </summary>
public sealed class AlertFaults : ISiloConfigurator, IIncomingGrainCallFilter
{
    public static ConcurrentDictionary<string, int> FailingContacts { get; } = new();

    /// <summary>How many alerts a failing contact has refused so far.</summary>
    public static int RefusedFor(string contactId) => FailingContacts.TryGetValue(contactId, out var refused) ? refused : 0;

    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddIncomingGrainCallFilter<AlertFaults>();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod.Name == nameof(IProfessionalGrain.ReceiveConcernAsync)
            && context.TargetId.Key.ToString() is { } contactId
            && FailingContacts.ContainsKey(contactId))
        {
            FailingContacts.AddOrUpdate(contactId, 1, (_, refused) => refused + 1);
            throw new InvalidOperationException("Test fault: the barnkontakt's grain cannot take the alert now.");
        }

        return context.Invoke();
    }
}
