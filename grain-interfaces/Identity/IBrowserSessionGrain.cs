namespace BackaBarnet.Live.GrainInterfaces.Identity;

/// <summary>
/// A person's signed-in browser session, kept in the cluster rather than in the cookie: every web
/// node sees the same session, and signing out ends it for good. A cookie-only session stays valid
/// until it expires, so a copied cookie, or one an answer still in flight sets again after signing
/// out, would open the record again. The key is a random id the cookie carries (encrypted); the
/// ticket arrives already encrypted by the web node, so the stored row reveals nothing.
/// </summary>
public interface IBrowserSessionGrain : IGrainWithStringKey
{
    Task StartAsync(byte[] protectedTicket, DateTimeOffset expires);

    /// <summary>The ticket while the session lives; null once it ended or expired.</summary>
    Task<byte[]?> FindAsync();

    /// <summary>Slides a live session's expiry. An ended session stays ended: renewals that were in flight when the person signed out change nothing.</summary>
    Task ExtendAsync(byte[] protectedTicket, DateTimeOffset expires);

    Task EndAsync();
}
