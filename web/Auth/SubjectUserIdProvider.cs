using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>SignalR's user id is the professional id, so <c>Clients.User(id)</c> reaches every tab they have open.</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User?.FindFirst(AuthClaims.Subject)?.Value;
}
