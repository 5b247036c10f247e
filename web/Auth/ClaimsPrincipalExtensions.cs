using System.Security.Claims;

namespace BackaBarnet.Live.Web.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The authenticated professional's id (the token's subject).</summary>
    public static string ProfessionalId(this ClaimsPrincipal user) =>
        user.FindFirstValue(AuthClaims.Subject)
        ?? throw new InvalidOperationException("An authenticated principal without a subject claim reached an endpoint.");
}
