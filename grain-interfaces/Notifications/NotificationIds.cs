using System.Security.Cryptography;
using System.Text;

namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>
/// Stable notification ids made from what the notification is about, so the same event delivered
/// again (a retry, a reminder tick that fires twice) is recognised as the same notification.
/// </summary>
public static class NotificationIds
{
    public static Guid For(params object[] parts) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)))[..16]);
}
