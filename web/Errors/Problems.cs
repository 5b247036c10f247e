using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Errors;

internal static class Problems
{
    public static ProblemHttpResult NoRoleForChild(Guid childId) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "You have no role for this child.",
        detail: $"Only the child's current barnkontakt may read child {childId} for now.");
}
