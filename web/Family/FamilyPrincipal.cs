using System.Globalization;
using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// A signed-in guardian or child. The principal carries only the children they belong to (ids,
/// never a personnummer) and how: it is built here, by our own sign-in, and kept in the cluster's
/// session store, so no token or cookie can bring family claims of its own.
/// </summary>
public static class FamilyPrincipal
{
    /// <summary>Marks a family identity (no directory person, no professional rights).</summary>
    public const string DevSignIn = "family-dev";

    public const string CitizenSignIn = "family-citizen";

    /// <summary>One claim per child: "{childId:N}:{relation}:{guardian number}".</summary>
    public const string LinkClaim = "family_link";

    public static ClaimsPrincipal Create(IReadOnlyList<FamilyLink> links, string how)
    {
        if (links.Count == 0)
        {
            throw new InvalidOperationException("A family principal needs at least one child.");
        }

        var claims = new List<Claim>
        {
            // The subject names the first child's family participant: ids only, for the audit log and SignalR.
            new(AuthClaims.Subject, links[0].ParticipantId),
            new(AuthClaims.Name, links[0].Relation == FamilyRelation.Child ? "Barnet" : "Vårdnadshavare"),
            new(AuthClaims.Title, links[0].Relation == FamilyRelation.Child ? "Barnet" : "Vårdnadshavare"),
        };
        claims.AddRange(links.Select(l => new Claim(LinkClaim, $"{l.ChildId:N}:{l.Relation}:{l.GuardianNumber.ToString(CultureInfo.InvariantCulture)}")));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, how, AuthClaims.Name, AuthClaims.Role));
    }

    /// <summary>Whether this is a family member's session (by the identity's type, which no token can set).</summary>
    public static bool IsFamily(this ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, AuthenticationType: DevSignIn or CitizenSignIn };

    public static IReadOnlyList<FamilyLink> FamilyLinks(this ClaimsPrincipal user) =>
        !user.IsFamily() ? [] : user.FindAll(LinkClaim).Select(c => Parse(c.Value)).OfType<FamilyLink>().ToArray();

    /// <summary>How this family member belongs to the child, or null when they do not.</summary>
    public static FamilyLink? LinkTo(this ClaimsPrincipal user, Guid childId) => user.FamilyLinks().FirstOrDefault(l => l.ChildId == childId);

    /// <summary>The relation as the audit log records it.</summary>
    public static string AuditRelation(this FamilyLink link) =>
        link.Relation == FamilyRelation.Child ? "as the child themself" : $"as guardian {link.GuardianNumber} of the child";

    private static FamilyLink? Parse(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var childId) && Enum.TryParse<FamilyRelation>(parts[1], out var relation)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new FamilyLink(childId, relation, number)
            : null;
    }
}
