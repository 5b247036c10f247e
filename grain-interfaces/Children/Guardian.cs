namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>A vårdnadshavare and how to reach them.</summary>
[GenerateSerializer, Alias("bb.Guardian")]
public sealed record Guardian(string Name, string? Phone, string? Email);
