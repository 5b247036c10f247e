using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>Signs the peer's bearer tokens (HS256, one hour), as a team's own token endpoint would.</summary>
public sealed class Tokens(SymmetricSecurityKey key)
{
    public const string Issuer = "peer";

    public static TokenValidationParameters Validation(SymmetricSecurityKey key) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Issuer,
        IssuerSigningKey = key,
        NameClaimType = JwtRegisteredClaimNames.Sub,
    };

    public string Issue(string professionalId) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Issuer,
        Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, professionalId)]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });
}
