using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// One source for who someone is: whatever signed them in (session cookie, a provider's token, the
/// dev sign-in), only the subject is kept; name, title, agency, unit and roles are taken from the
/// directory. Someone the directory does not know, or has deactivated, is not authenticated at all.
/// </summary>
internal sealed class DirectoryClaims(ProfessionalDirectory directory) : IClaimsTransformation
{
    /// <summary>Whether this principal's subject is an active professional: the handlers refuse anyone else outright (401, not 403).</summary>
    public static bool IsActive(HttpContext http, ClaimsPrincipal? principal) =>
        http.RequestServices.GetRequiredService<ProfessionalDirectory>().Find(principal?.FindFirstValue(AuthClaims.Subject)) is not null;

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // A family member is no one in the directory: their principal was built by our own family sign-in.
        if (principal.Identity is not { IsAuthenticated: true } identity || identity is DirectoryIdentity || Family.FamilyPrincipal.IsFamily(principal))
        {
            return Task.FromResult(principal);
        }

        if (directory.Find(principal.FindFirstValue(AuthClaims.Subject)) is not { } person)
        {
            return Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity()));
        }

        var claims = new List<Claim>
        {
            new(AuthClaims.Subject, person.Id),
            new(AuthClaims.Name, person.Name),
            new(AuthClaims.Title, person.Title),
            new(AuthClaims.Agency, person.Agency),
        };
        if (person.Unit is { } unit)
        {
            claims.Add(new(AuthClaims.Unit, unit));
        }

        claims.AddRange(person.Roles.Select(role => new Claim(AuthClaims.Role, role)));
        return Task.FromResult(new ClaimsPrincipal(new DirectoryIdentity(claims, identity.AuthenticationType)));
    }

    /// <summary>Marks a principal already built from the directory by its type, which no token can forge (a claim could be).</summary>
    private sealed class DirectoryIdentity(IEnumerable<Claim> claims, string? authenticationType)
        : ClaimsIdentity(claims, authenticationType, AuthClaims.Name, AuthClaims.Role);
}
