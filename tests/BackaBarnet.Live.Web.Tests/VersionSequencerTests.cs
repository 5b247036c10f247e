using BackaBarnet.Live.Web.Realtime;

namespace BackaBarnet.Live.Web.Tests;

public sealed class VersionSequencerTests
{
    private readonly VersionSequencer<long> sequencer = new(v => v);

    [Fact]
    public void AnEarlyEventWaitsForTheOneBeforeIt()
    {
        Assert.Equal([5L], sequencer.Accept(5));
        Assert.Empty(sequencer.Accept(7));
        Assert.True(sequencer.IsHolding);

        Assert.Equal([6L, 7L], sequencer.Accept(6));
        Assert.False(sequencer.IsHolding);
    }

    [Fact]
    public void GivingUpOnAMissingVersionSendsWhatIsHeldInOrderAndCarriesOnAfterIt()
    {
        sequencer.Accept(1);
        sequencer.Accept(4);
        sequencer.Accept(3);

        Assert.Equal([3L, 4L], sequencer.Flush());
        Assert.Equal([5L], sequencer.Accept(5));
    }

    [Fact]
    public void ALateEventIsPassedOnForTheClientToDrop() =>
        Assert.Equal([2L], Accept(sequencer, 1, 3, 2, 2).Last());

    private static IReadOnlyList<long>[] Accept(VersionSequencer<long> sequencer, params long[] versions) =>
        versions.Select(sequencer.Accept).ToArray();
}
