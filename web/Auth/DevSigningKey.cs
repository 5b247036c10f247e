using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The dev sign-in's HMAC key: generated at first start. With a key file it is kept there so
/// tokens survive restarts and several local web nodes share it; without, it lives in memory.
/// </summary>
internal static class DevSigningKey
{
    public static SymmetricSecurityKey Load(string? keyFile)
    {
        if (keyFile is null)
        {
            return new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        }

        if (!File.Exists(keyFile))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
            File.WriteAllText(keyFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()));
    }
}
