using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;

namespace BackaBarnet.Live.HostingDefaults.Storage;

/// <summary>
/// With an account key, our Table clients sign their requests with an account SAS made from the
/// key once per renewal, instead of a shared-key signature per request. Why (issue 21, a CPU
/// profile of the web node creating children): Azure.Data.Tables 12.13 signs each request with a
/// new <c>HMACSHA256</c> it never disposes, so every storage request leaves an OpenSSL context
/// for the finalizer thread; freeing them was the largest single item in the web node's profile.
/// The SAS carries the same rights as the key it is made from and lives only in memory; it is
/// valid a day and renewed every six hours. Connection strings without a key are used as given.
/// </summary>
internal sealed class AccountSas
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(24);

    public static readonly TimeSpan RenewEvery = TimeSpan.FromHours(6);

    /// <summary>Clocks differ: a SAS that starts a little in the past is valid at once everywhere.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(15);

    /// <summary>One per account and process: every client of the account shares its credential and its renewal.</summary>
    private static readonly ConcurrentDictionary<string, AccountSas> PerAccount = new(StringComparer.Ordinal);

    private readonly TableServiceClient signer;

    // Held so the timer is not collected while the process uses the credential.
    private readonly Timer renewal;

    private AccountSas(TableServiceClient signer)
    {
        this.signer = signer;
        Credential = new AzureSasCredential(NewSignature());
        renewal = new Timer(_ => Credential.Update(NewSignature()), null, RenewEvery, RenewEvery);
    }

    public AzureSasCredential Credential { get; }

    public Uri Endpoint => signer.Uri;

    /// <summary>The account's SAS, or null when the connection string holds no key to make one from.</summary>
    public static AccountSas? For(string connectionString)
    {
        if (PerAccount.TryGetValue(connectionString, out var known))
        {
            return known;
        }

        return HoldsAccountKey(connectionString) ? PerAccount.GetOrAdd(connectionString, _ => new AccountSas(new TableServiceClient(connectionString))) : null;
    }

    private static bool HoldsAccountKey(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.TrimEntries).Any(part => part.StartsWith("AccountKey=", StringComparison.OrdinalIgnoreCase) && part.Length > "AccountKey=".Length);

    private string NewSignature()
    {
        var now = DateTimeOffset.UtcNow;
        var builder = new TableAccountSasBuilder(TableAccountSasPermissions.All, TableAccountSasResourceTypes.All, now + Validity)
        {
            StartsOn = now - ClockSkew,
        };
        return signer.GenerateSasUri(builder).Query;
    }
}
