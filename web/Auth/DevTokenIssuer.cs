using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>Issues short-lived tokens for people in the directory (dev sign-in only, Development only).</summary>
public sealed class DevTokenIssuer(SymmetricSecurityKey key, DevSignInSettings settings, TimeProvider time)
{
    public SymmetricSecurityKey Key { get; } = key;

    public (string Token, DateTimeOffset ExpiresAt) Issue(string professionalId)
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
            // The subject only: who they are, their agency and roles come from the directory.
            Subject = new ClaimsIdentity([new Claim(AuthClaims.Subject, professionalId)]),
        });
        return (token, expires);
    }
}
