using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// Local and test sign-in as a guardian or the child of a registered child, in place of the citizen
/// e-identification. Mapped beside the professionals' dev sign-in, so only when Auth:DevSignIn is
/// enabled, which the web node allows in Development only.
/// </summary>
public static class FamilyDevSignInEndpoints
{
    public sealed record FamilySignInRequest(Guid? ChildId, FamilyRelation? Relation, int? GuardianNumber);

    public sealed record FamilySignInResponse(string ParticipantId, Guid ChildId, FamilyRelation Relation);

    public static void MapFamilyDevSignInEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/dev/family/sign-in", SignInAsync).AllowAnonymous().WithTags("Dev sign-in").WithName("FamilyDevSignIn");

    private static async Task<Ok<FamilySignInResponse>> SignInAsync(FamilySignInRequest request, IClusterClient orleans, HttpContext http)
    {
        var childId = request.ChildId ?? throw new DomainRuleException("childId", "is required.", ErrorCodes.FieldRequired);
        var relation = DefinedEnum.Validate("relation", request.Relation ?? throw new DomainRuleException("relation", "is required.", ErrorCodes.FieldRequired));
        var snapshot = await orleans.GetGrain<IChildGrain>(childId).GetSnapshotAsync();
        var guardians = Math.Min(snapshot.Guardians.Count, FamilyParticipants.MaxGuardians);
        var number = relation == FamilyRelation.Child ? 0 : request.GuardianNumber ?? 1;
        if (relation == FamilyRelation.Guardian && (number < 1 || number > guardians))
        {
            throw new DomainRuleException("guardianNumber", $"must name a guardian on the child's record (1 to {guardians}).", ErrorCodes.FieldOutOfRange,
                ErrorCodes.Args(("min", 1), ("max", guardians), ("actual", number)));
        }

        var link = new FamilyLink(childId, relation, number);
        await http.SignInAsync(Auth.AuthSchemes.Session, FamilyPrincipal.Create([link], FamilyPrincipal.DevSignIn));
        return TypedResults.Ok(new FamilySignInResponse(link.ParticipantId, childId, relation));
    }
}
