using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Directory;

/// <summary>
/// For a unit's administrators (enhetschef and stand-in): the children whose barnkontakt in their
/// unit was deactivated, so "barnkontakt saknas" is seen and someone new is named.
/// </summary>
public static class UnitEndpoints
{
    public sealed record ChildWithoutContact(Guid ChildId, string ChildDisplayName, string FormerContactId, string FormerContactName);

    public static void MapUnitEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/unit/children-without-contact", ListAsync).RequireAuthorization().WithTags("Directory").WithName("ChildrenWithoutContact");

    private static async Task<Results<Ok<ChildWithoutContact[]>, ForbidHttpResult>> ListAsync(
        ClaimsPrincipal user, ProfessionalDirectory directory, IClusterClient orleans, AuditTrail audit)
    {
        var me = directory.Find(user.ProfessionalId());
        if (me is not { Unit: not null } || !me.Roles.Any(r => r is DirectoryRoles.UnitManager or DirectoryRoles.UnitManagerStandIn))
        {
            return TypedResults.Forbid();
        }

        var rows = new List<ChildWithoutContact>();
        foreach (var former in directory.Everyone.Where(p => !p.Active && p.Unit == me.Unit))
        {
            foreach (var child in await orleans.GetGrain<IProfessionalGrain>(former.Id).GetCaseloadAsync())
            {
                await audit.ChildAccessedAsync(user, "listed as without barnkontakt", child.ChildId, "as unit administrator of the former barnkontakt's unit");
                rows.Add(new ChildWithoutContact(child.ChildId, child.ChildDisplayName, former.Id, former.Name));
            }
        }

        return TypedResults.Ok(rows.ToArray());
    }
}
