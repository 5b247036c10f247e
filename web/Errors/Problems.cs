using BackaBarnet.Live.GrainInterfaces.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Errors;

internal static class Problems
{
    /// <summary>The same answer whether the child exists or not: no probing for ids.</summary>
    public static ProblemHttpResult NoRoleForChild(Guid childId) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "You have no role for this child.",
        detail: $"Child {childId} is open only through a relation to the child: barnkontakt, proposed receiver of a handover, "
            + "stödsamordnare, responsible for a plan action, member of the child's team, invited to an open meeting about the child, "
            + "or former barnkontakt (the handover summary only).",
        extensions: Coded(ErrorCodes.AccessNoRoleForChild));

    public static ProblemHttpResult NarrowerView(Guid childId, string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Your relation to this child does not cover this.",
        detail: $"Reading {what} of child {childId} needs more than your view of the record gives. The whole record is open to the barnkontakt, "
            + "the stödsamordnare, the holding agency and agencies the guardians have consented to share with; a former barnkontakt sees the handover summary.",
        extensions: Coded(ErrorCodes.AccessNarrowerView));

    public static ProblemHttpResult PersonnummerNotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No child with this personnummer is registered.",
        detail: "personnummer: no registered child has it. Register the child first (the barnkontakt-to-be does that), then raise the concern.",
        extensions: Coded(ErrorCodes.PersonnummerNotFound, ("field", "personnummer")));

    private static Dictionary<string, object?> Coded(string code, params (string Name, object? Value)[] args) =>
        new() { [ProblemCodes.CodeKey] = code, [ProblemCodes.ArgsKey] = ErrorCodes.Args(args) };
}
