namespace BackaBarnet.Live.GrainInterfaces.Contacts;

[GenerateSerializer, Alias("bb.HandoverProposal")]
public sealed record HandoverProposal(NewHandover Handover, string ProposedBy, DateTimeOffset ProposedAt);
