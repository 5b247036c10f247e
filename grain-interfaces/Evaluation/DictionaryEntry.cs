namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

public sealed record DictionaryEntry(string Name, string Description);
