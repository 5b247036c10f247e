using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>Issues short-lived tokens for seeded demo professionals (dev sign-in only).</summary>
public sealed class DevTokenIssuer(SymmetricSecurityKey key, DevSignInSettings settings, TimeProvider time)
{
    public SymmetricSecurityKey Key { get; } = key;

    public (string Token, DateTimeOffset ExpiresAt) Issue(Professional professional)
    {
        var now = time.GetUtcNow();
        var expires = now + settings.TokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevSignInSettings.Issuer,
            Audience = DevSignInSettings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(AuthClaims.Subject, professional.Id),
                new Claim(AuthClaims.Name, professional.Name),
                new Claim(AuthClaims.Agency, professional.Agency),
                new Claim(AuthClaims.Title, professional.Title),
                .. professional.Roles.Select(role => new Claim(AuthClaims.Role, role)),
            ]),
        });
        return (token, expires);
    }
}
