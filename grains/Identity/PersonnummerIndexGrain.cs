using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Identity;

/// <summary>
/// Which child holds one personnummer. A claim is made before the child's record is written, so a
/// crash in between leaves a claim with no child behind it: the holder is therefore asked, when
/// another child claims the number or someone looks it up, whether it really holds it, and a claim
/// it does not back is released instead of blocking the number forever.
/// </summary>
internal sealed class PersonnummerIndexGrain(
    [PersistentState("personnummerIndex", StorageNames.Records)] IPersistentState<PersonnummerIndexState> state) : Grain, IPersonnummerIndexGrain
{
    public async Task<Guid> ClaimAsync(Guid childId)
    {
        if (state.State.ChildId != childId && await VerifiedHolderAsync() is { } holder)
        {
            return holder;
        }

        state.State.ChildId = childId;
        await state.WriteOrDeactivateAsync(this);
        return childId;
    }

    public async Task ReleaseAsync(Guid childId)
    {
        if (state.State.ChildId == childId)
        {
            await state.ClearStateAsync();
        }
    }

    public Task<Guid?> GetAsync() => VerifiedHolderAsync();

    /// <summary>
    /// The holder, if its record carries this number (a registration still being written counts:
    /// the child answers from memory, interleaved); otherwise the stale claim is removed.
    /// </summary>
    private async Task<Guid?> VerifiedHolderAsync()
    {
        if (state.State.ChildId is not { } holder)
        {
            return null;
        }

        if (await GrainFactory.GetGrain<IChildGrain>(holder).HoldsPersonnummerAsync(this.GetPrimaryKeyString()))
        {
            return holder;
        }

        await state.ClearStateAsync();
        state.State = new PersonnummerIndexState();
        return null;
    }
}
