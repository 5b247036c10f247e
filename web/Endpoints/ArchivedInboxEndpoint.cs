using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// The signed-in professional's older read notifications (moved out of the live inbox), newest
/// first, a page at a time: <c>?before=</c> takes the previous page's <c>next</c>. Only one's own;
/// each child a page names is audited like the inbox.
/// </summary>
public static class ArchivedInboxEndpoint
{
    public static void MapArchivedInboxEndpoint(this RouteGroupBuilder me) =>
        me.MapGet("/inbox/archived", async (string? before, int? take, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
        {
            if (before is not null && !ArchivedInboxPage.IsCursor(before))
            {
                throw new DomainRuleException("before", "must be the 'next' value of an earlier page.", ErrorCodes.FieldInvalid);
            }

            if (take is < 1 or > ArchivedInboxPage.MaxTake)
            {
                throw new DomainRuleException("take", $"must be from 1 to {ArchivedInboxPage.MaxTake}.", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", 1), ("max", ArchivedInboxPage.MaxTake)));
            }

            var page = await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetArchivedInboxAsync(before, take ?? ArchivedInboxPage.DefaultTake);
            await audit.ListedAsync(user, "read own archived notifications about", page.Items.Select(n => n.ChildId).OfType<Guid>(), "as recipient");
            return TypedResults.Ok(page);
        }).WithName("GetArchivedInbox");
}
