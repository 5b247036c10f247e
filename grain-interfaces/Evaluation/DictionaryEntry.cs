namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>One column, measure or statistic: its code name, what it means, and the same in Swedish for the dashboard.</summary>
public sealed record DictionaryEntry(string Name, string Description, string Label = "", string SwedishDescription = "");
