using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>The one way a change reaches the record: apply, version, chronology, persist.</summary>
internal sealed partial class ChildGrain
{
    /// <summary>
    /// Applies <paramref name="change"/>, bumps the version by exactly one (changes may rely on
    /// that to stamp the version they produce), writes the chronology entry and
    /// persists, all before returning. Domain refusals are raised before anything is mutated;
    /// anything else drops the activation so no half-applied change survives in memory.
    /// </summary>
    private async Task<T> CommitAsync<T>(string actorId, string kind, Func<ChildState, (T Result, string Summary)> change)
    {
        EnsureRegistered();
        ProfessionalId.Validate("actorId", actorId);
        var sharingBefore = state.State.OpenSessionIds.Count > 0 ? ChildSnapshots.Sharing(state.State, Today) : null;
        (T Result, string Summary) applied;
        try
        {
            applied = change(state.State);
        }
        catch (Exception e) when (e is not (DomainRuleException or NotPermittedException or StateConflictException))
        {
            DeactivateOnIdle();
            throw;
        }

        state.State.Version++;
        state.State.Chronology.Add(new ChronologyEntry(Now, actorId, kind, applied.Summary, state.State.Version));
        await state.WriteOrDeactivateAsync(this);
        await ArchiveOldChronologyAsync();
        await ArchiveHandledConcernsAsync();
        await TellViewersAsync();
        if (sharingBefore is not null && ChildSnapshots.Sharing(state.State, Today) is var sharingNow && !sharingNow.Equals(sharingBefore))
        {
            await TellOpenSessionsAsync(sharingNow);
        }

        await ShareEvaluationFactsAsync();
        return applied.Result;
    }

    private async Task<ChildSnapshot> CommitSnapshotAsync(string actorId, string kind, Func<ChildState, string> change)
    {
        await CommitAsync(actorId, kind, s => (true, change(s)));
        return Snapshot();
    }

    private async Task<PlanChangeResult> CommitPlanAsync(string actorId, string kind, Func<ChildState, string> change)
    {
        await CommitAsync(actorId, kind, s => (true, change(s)));
        await ReplanRemindersAsync();
        return new PlanChangeResult(state.State.Plan.View(), LinkedProcessRules.ActiveSipWarnings(state.State.LinkedProcesses))
        {
            RecordVersion = state.State.Version,
        };
    }
}
