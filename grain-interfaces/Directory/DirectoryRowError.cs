namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>Why one CSV row was refused: its line in the file (the header is line 1), the column, and the coded rule.</summary>
[GenerateSerializer, Alias("bb.DirectoryRowError")]
public sealed record DirectoryRowError(
    [property: Id(0)] int Line,
    [property: Id(1)] string Column,
    [property: Id(2)] string Code,
    [property: Id(3)] string Message);
