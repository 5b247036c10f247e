using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Web.Access;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// What every read and change of a child needs: the caller, the cluster and the audit trail. Bound
/// with [AsParameters] so each endpoint states only its own inputs.
/// </summary>
public readonly record struct ChildCommand(ClaimsPrincipal User, IClusterClient Orleans, AuditTrail Audit)
{
    /// <summary>
    /// Reads through the caller's relation to the child, cut to the view that relation and the
    /// guardians' consent allow. No relation gets a 403 that says nothing about the record, and
    /// an unknown child gets the same. Every outcome is audited with the relation it went through.
    /// </summary>
    /// <param name="read">Given the grain, the record as the caller may see it, and the decision.</param>
    /// <param name="atLeast">The narrowest view the data can be read in (the chronology, for example, needs the full record).</param>
    public async Task<Results<Ok<T>, ProblemHttpResult>> ReadAsync<T>(
        Guid childId, string what, Func<IChildGrain, ChildSnapshot, ChildAccessDecision, Task<T>> read, ChildView atLeast = ChildView.HandoverSummary)
    {
        var actorId = User.ProfessionalId();
        var child = Orleans.GetGrain<IChildGrain>(childId);
        var snapshot = await TryGetSnapshotAsync(child);
        var decision = snapshot is null ? null : await DecideAsync(snapshot, childId);
        if (decision is null)
        {
            await Audit.ChildAccessedAsync(User, $"was refused reading {what} of", childId, "no relation", AuditOutcomes.Refused);
            return Problems.NoRoleForChild(childId);
        }

        if (decision.View > atLeast)
        {
            await Audit.ChildAccessedAsync(User, $"was refused reading {what} of", childId, decision.Through, AuditOutcomes.Refused);
            return Problems.NarrowerView(childId, what);
        }

        var result = await read(child, ChildRecordRedaction.For(snapshot!, decision, actorId), decision);
        await Audit.ChildAccessedAsync(User, $"read {what} of", childId, decision.Through);
        return TypedResults.Ok(result);
    }

    /// <summary>
    /// Runs a grain command as the caller; the grain enforces who may make the change. Audited with
    /// the relation that carried it, or as refused. An unknown child is refused like one the caller
    /// has no role for.
    /// </summary>
    public async Task<Results<Ok<T>, ProblemHttpResult>> RunAsync<T>(Guid childId, string action, Func<IChildGrain, string, Task<T>> command)
    {
        var actorId = User.ProfessionalId();
        var child = Orleans.GetGrain<IChildGrain>(childId);
        T result;
        try
        {
            result = await command(child, actorId);
        }
        catch (ChildNotFoundException)
        {
            await Audit.ChildAccessedAsync(User, $"was refused ({action})", childId, "no relation", AuditOutcomes.Refused);
            return Problems.NoRoleForChild(childId);
        }
        catch (NotPermittedException)
        {
            await Audit.ChildAccessedAsync(User, $"was refused ({action})", childId, "no relation that permits it", AuditOutcomes.Refused);
            throw;
        }
        catch (DomainRuleException rule)
        {
            // A 400 still touched the record (the grain read it to judge the change): audited by its code, never its values.
            await Audit.ChildAccessedAsync(User, $"was refused ({action})", childId, $"bad input: {rule.Code} ({rule.Field})", AuditOutcomes.Refused);
            throw;
        }
        catch (StateConflictException conflict)
        {
            await Audit.ChildAccessedAsync(User, $"was refused ({action})", childId, $"conflict: {conflict.Code}", AuditOutcomes.Refused);
            throw;
        }

        // Most changes answer with the record itself; only the others cost a second read.
        var decision = await DecideAsync(result as ChildSnapshot ?? await child.GetSnapshotAsync(), childId);
        await Audit.ChildAccessedAsync(User, action, childId, decision?.Through ?? "a relation the change ended");
        return TypedResults.Ok(ShapeForCaller(result, decision, actorId));
    }

    /// <summary>
    /// A change may answer with the record or the plan; the caller gets them cut to their own view,
    /// so a plan-action responsible without consent does not receive the rest of the plan.
    /// </summary>
    private static T ShapeForCaller<T>(T result, ChildAccessDecision? decision, string actorId)
    {
        var view = decision ?? new ChildAccessDecision(ChildRelation.FormerChildContact, ChildView.HandoverSummary, null);
        return result switch
        {
            ChildSnapshot snapshot => (T)(object)ChildRecordRedaction.For(snapshot, view, actorId),
            PlanChangeResult change when view.View != ChildView.Full => (T)(object)(change with { Plan = ChildRecordRedaction.PlanFor(change.Plan, view, actorId)!, Warnings = [] }),
            _ => result,
        };
    }

    private Task<ChildAccessDecision?> DecideAsync(ChildSnapshot snapshot, Guid childId) =>
        CallerAccess.DecideAsync(Orleans, User, snapshot);

    private static Task<ChildSnapshot?> TryGetSnapshotAsync(IChildGrain child) => CallerAccess.TryGetSnapshotAsync(child);
}
