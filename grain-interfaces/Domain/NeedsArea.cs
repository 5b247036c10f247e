namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// The eight fields of the Behovskompass, in the order the seeds draw them.
/// The numeric values are persisted; never renumber them.
/// </summary>
public enum NeedsArea
{
    Respected = 0,
    Developing = 1,
    CaredFor = 2,
    Safe = 3,
    Healthy = 4,
    Leisure = 5,
    Belonging = 6,
    Responsible = 7,
}
