using System.Security.Cryptography;
using System.Text;
using BackaBarnet.Live.GrainInterfaces.Identity;
using Microsoft.Extensions.Options;

namespace BackaBarnet.Live.Grains.Identity;

/// <summary>Turns a personnummer into the index key: HMAC-SHA256 of the normalized number, hex.</summary>
public sealed class PersonnummerHasher(IOptions<PersonnummerIndexOptions> options)
{
    private readonly Lazy<byte[]> key = new(() => LoadKey(options.Value));

    public string IndexKey(Personnummer personnummer) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.ASCII.GetBytes(personnummer.Normalized)));

    private static byte[] LoadKey(PersonnummerIndexOptions options)
    {
        var configured = options.PersonnummerHmacKey
            ?? throw new InvalidOperationException($"{PersonnummerIndexOptions.Section}:PersonnummerHmacKey is not configured; the personnummer index cannot be used.");
        var bytes = Convert.FromBase64String(configured);
        return bytes.Length >= 32
            ? bytes
            : throw new InvalidOperationException($"{PersonnummerIndexOptions.Section}:PersonnummerHmacKey must be at least 32 bytes (base64).");
    }
}
