using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// What every change to a child needs: the caller, the cluster and the audit trail. Bound with
/// [AsParameters] so each endpoint states only its own inputs.
/// </summary>
public readonly record struct ChildCommand(ClaimsPrincipal User, IClusterClient Orleans, AuditTrail Audit)
{
    /// <summary>
    /// Reads from a child the caller has a role for; without one, a 403 that says nothing about
    /// the record. Both outcomes are audited.
    /// </summary>
    public async Task<Results<Ok<T>, ProblemHttpResult>> ReadAsync<T>(Guid childId, string what, Func<IChildGrain, ChildSnapshot, Task<T>> read)
    {
        var actorId = User.ProfessionalId();
        var child = Orleans.GetGrain<IChildGrain>(childId);
        var snapshot = await TryGetSnapshotAsync(child);

        // An unknown child and a child one has no role for get the same answer: no probing for ids.
        if (snapshot is null || !ChildReadAccess.Allows(snapshot, actorId))
        {
            await Audit.ChildAccessedAsync(User, $"was refused reading {what} of", childId);
            return Problems.NoRoleForChild(childId);
        }

        await Audit.ChildAccessedAsync(User, $"read {what} of", childId);
        return TypedResults.Ok(await read(child, snapshot));
    }

    private static async Task<ChildSnapshot?> TryGetSnapshotAsync(IChildGrain child)
    {
        try
        {
            return await child.GetSnapshotAsync();
        }
        catch (ChildNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Runs a grain command as the caller and audits it, including a refusal for lack of role.</summary>
    public async Task<Ok<T>> RunAsync<T>(Guid childId, string action, Func<IChildGrain, string, Task<T>> command)
    {
        var actorId = User.ProfessionalId();
        try
        {
            var result = await command(Orleans.GetGrain<IChildGrain>(childId), actorId);
            await Audit.ChildAccessedAsync(User, action, childId);
            return TypedResults.Ok(result);
        }
        catch (NotPermittedException)
        {
            await Audit.ChildAccessedAsync(User, $"was refused ({action})", childId);
            throw;
        }
    }
}
