using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Errors;

internal static class Problems
{
    public static ProblemHttpResult NoRoleForChild(Guid childId) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "You have no role for this child.",
        detail: $"Reading child {childId} needs a role for the child: barnkontakt, proposed receiver of a handover, stödsamordnare or responsible for a plan action.");
}
