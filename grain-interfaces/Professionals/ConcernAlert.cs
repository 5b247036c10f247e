using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.GrainInterfaces.Professionals;

/// <summary>
/// A concern as it reaches the barnkontakt: what it is about (child id and display name, never
/// the personnummer) and the concern itself. The concern id doubles as the alert id, so clients
/// can de-duplicate an alert that arrives both pushed and fetched.
/// </summary>
[GenerateSerializer, Alias("bb.ConcernAlert")]
public sealed record ConcernAlert(Guid ChildId, string ChildDisplayName, ConcernView Concern, long ChildVersion);
