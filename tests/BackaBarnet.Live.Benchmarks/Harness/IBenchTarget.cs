using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// A system the load generator drives: the product (<see cref="LiveProcesses"/>) or the peer
/// (<see cref="PeerProcess"/>). Both speak the same live contract for meetings and concerns; only
/// signing in and setting a meeting up differ.
/// </summary>
public interface IBenchTarget
{
    string Name { get; }

    /// <summary>The server processes by name, for CPU per operation (Azurite and the load generator not included).</summary>
    IReadOnlyDictionary<string, int> ServerProcessIds();

    /// <summary>Table Storage requests the side's servers have sent so far, by purpose (retries included).</summary>
    Task<IReadOnlyDictionary<string, double>> StorageRequestsAsync();

    Task<SignedIn> SignInAsync(string professionalId);

    /// <summary>A child with <paramref name="contact"/> as barnkontakt.</summary>
    Task<Guid> RegisterChildAsync(SignedIn contact, string displayName);

    /// <summary>A meeting about a new child, convened by the first and open for all of them to join.</summary>
    Task<(Guid SessionId, Guid ChildId)> OpenMeetingAsync(SignedIn convener, IReadOnlyList<SignedIn> others);

    /// <summary>The meeting's version as the server has it now.</summary>
    Task<long> SessionVersionAsync(SignedIn participant, Guid sessionId);
}
