namespace BackaBarnet.Live.GrainInterfaces.Identity;

/// <summary>Maps an age in full years to its <see cref="AgeBand"/>.</summary>
public static class AgeBands
{
    /// <summary>Bands are inclusive at both ends: 18 is still a teenager here, adults start at 19.</summary>
    public static AgeBand For(int age) => age switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(age), "An age cannot be negative."),
        <= 6 => AgeBand.ZeroToSix,
        <= 12 => AgeBand.SevenToTwelve,
        <= 18 => AgeBand.ThirteenToEighteen,
        _ => AgeBand.Adult,
    };
}
