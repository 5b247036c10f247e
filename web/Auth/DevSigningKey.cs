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
            CreateOnce(keyFile);
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(keyFile).Trim()));
    }

    /// <summary>
    /// Several web nodes may start at once on a fresh machine: each writes a key of its own to a
    /// temporary file and moves it into place only if no key is there yet, so all of them end up
    /// reading the same key (a plain write would let the last node replace a key others already use).
    /// </summary>
    private static void CreateOnce(string keyFile)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
        var candidate = $"{keyFile}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(candidate, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(candidate, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(candidate, keyFile, overwrite: false);
        }
        catch (IOException) when (File.Exists(keyFile))
        {
            // Another node put its key in place first; that one is the key.
            File.Delete(candidate);
        }
    }
}
