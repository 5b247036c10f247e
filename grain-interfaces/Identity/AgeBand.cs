namespace BackaBarnet.Live.GrainInterfaces.Identity;

/// <summary>
/// Age groups in full years (see <see cref="AgeBands.For"/>).
/// The numeric values may be persisted; never renumber them.
/// </summary>
public enum AgeBand
{
    ZeroToSix = 0,
    SevenToTwelve = 1,
    ThirteenToEighteen = 2,
    Adult = 3,
}
