using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>A raise request remembered by its key: who sent it, a fingerprint of what it said, and the concern it raised.</summary>
[GenerateSerializer, Alias("bb.ConcernRequest")]
public sealed record ConcernRequest(
    string ReporterId,
    string Key,
    string Fingerprint,
    Guid ConcernId,
    DateTimeOffset At);

/// <summary>
/// A concern raised once however often its submission is retried: a request that carries an
/// idempotency key is remembered for a day (the newest <see cref="Kept"/> per child), so a retry
/// by the same reporter with the same key answers the concern it raised; the same key with other
/// content is refused, since the client has mixed up two submissions.
/// </summary>
internal static class ConcernRequests
{
    public const int KeyMaxLength = 100;

    /// <summary>Far more than one child sees in a day; keeps the state bounded.</summary>
    public const int Kept = 50;

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>The concern an earlier request with this key raised, or null when there was none.</summary>
    public static ConcernView? Earlier(ChildState state, NewConcern concern, DateTimeOffset now)
    {
        if (concern.IdempotencyKey is not { } key)
        {
            return null;
        }

        Validate(key);
        var earlier = state.ConcernRequests.LastOrDefault(r => r.ReporterId == concern.ReporterId && r.Key == key && now - r.At < KeptFor);
        if (earlier is null)
        {
            return null;
        }

        if (earlier.Fingerprint != Fingerprint(concern))
        {
            throw new StateConflictException(
                "The Idempotency-Key was already used for a concern with other content: send a new key for a new concern.",
                state.Version,
                ErrorCodes.ConcernIdempotencyKeyReused,
                ErrorCodes.Args(("field", Field)));
        }

        return state.Concerns.FirstOrDefault(c => c.ConcernId == earlier.ConcernId);
    }

    public static void Remember(ChildState state, NewConcern concern, Guid concernId, DateTimeOffset now)
    {
        if (concern.IdempotencyKey is not { } key)
        {
            return;
        }

        state.ConcernRequests.RemoveAll(r => now - r.At >= KeptFor);
        state.ConcernRequests.Add(new ConcernRequest(concern.ReporterId, key, Fingerprint(concern), concernId, now));
        if (state.ConcernRequests.Count > Kept)
        {
            state.ConcernRequests.RemoveRange(0, state.ConcernRequests.Count - Kept);
        }
    }

    /// <summary>1–100 visible ASCII characters (a UUID fits; no personal data belongs in it).</summary>
    public static void Validate(string key)
    {
        if (key.Length is 0 or > KeyMaxLength || key.Any(c => c is < '!' or > '~'))
        {
            throw new DomainRuleException(
                Field, $"must be 1–{KeyMaxLength} visible ASCII characters, such as a UUID.", ErrorCodes.FieldInvalid, ErrorCodes.Args(("field", Field), ("max", KeyMaxLength)));
        }
    }

    public const string Field = "Idempotency-Key";

    /// <summary>What the request said (the key aside), hashed: the state keeps no second copy of the text.</summary>
    private static string Fingerprint(NewConcern concern) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(concern with { IdempotencyKey = null }))));
}
