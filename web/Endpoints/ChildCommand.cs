using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// What every change to a child needs: the caller, the cluster and the audit trail. Bound with
/// [AsParameters] so each endpoint states only its own inputs.
/// </summary>
public readonly record struct ChildCommand(ClaimsPrincipal User, IClusterClient Orleans, AuditTrail Audit)
{
    /// <summary>Runs a grain command as the caller and audits it, including a refusal for lack of role.</summary>
    public async Task<Ok<T>> RunAsync<T>(Guid childId, string action, Func<IChildGrain, string, Task<T>> command)
    {
        var actorId = User.ProfessionalId();
        try
        {
            var result = await command(Orleans.GetGrain<IChildGrain>(childId), actorId);
            Audit.ChildAccessed(actorId, action, childId);
            return TypedResults.Ok(result);
        }
        catch (NotPermittedException)
        {
            Audit.ChildAccessed(actorId, $"was refused ({action})", childId);
            throw;
        }
    }
}
