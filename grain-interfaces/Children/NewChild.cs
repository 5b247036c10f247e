namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>What it takes to register a child: a display name and the current barnkontakt.</summary>
[GenerateSerializer, Alias("bb.NewChild")]
public sealed record NewChild(string DisplayName, string ChildContactId, string RegisteredBy);
