using System.Security.Cryptography;
using BackaBarnet.Live.GrainInterfaces.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Keeps browser sessions in the cluster (<see cref="IBrowserSessionGrain"/>): the cookie holds only
/// the session's key, so signing out on one node ends the session on all of them, and a cookie kept
/// from before signing out opens nothing. The ticket is encrypted before it leaves the web node.
/// </summary>
internal sealed class ClusterTicketStore(IClusterClient cluster, IDataProtectionProvider protection, SessionSettings session, TimeProvider time) : ITicketStore
{
    private readonly IDataProtector protector = protection.CreateProtector("BackaBarnet.Live.BrowserSession");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await Session(key).StartAsync(Protect(ticket), ExpiresOf(ticket));
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => Session(key).ExtendAsync(Protect(ticket), ExpiresOf(ticket));

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var stored = await Session(key).FindAsync();
        return stored is null ? null : TicketSerializer.Default.Deserialize(protector.Unprotect(stored));
    }

    public Task RemoveAsync(string key) => Session(key).EndAsync();

    private IBrowserSessionGrain Session(string key) => cluster.GetGrain<IBrowserSessionGrain>(key);

    private byte[] Protect(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private DateTimeOffset ExpiresOf(AuthenticationTicket ticket) => ticket.Properties.ExpiresUtc ?? time.GetUtcNow() + session.IdleTimeout;
}
