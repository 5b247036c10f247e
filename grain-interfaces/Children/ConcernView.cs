using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Children;

[GenerateSerializer, Alias("bb.ConcernView")]
public sealed record ConcernView(
    Guid ConcernId,
    string ReporterId,
    string Text,
    IReadOnlyList<NeedsArea> Areas,
    DateTimeOffset RaisedAt,
    ConcernStatus Status);
