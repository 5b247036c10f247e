using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Identity;

internal sealed class PersonnummerIndexGrain(
    [PersistentState("personnummerIndex", StorageNames.Records)] IPersistentState<PersonnummerIndexState> state) : Grain, IPersonnummerIndexGrain
{
    public async Task<Guid> ClaimAsync(Guid childId)
    {
        if (state.State.ChildId is { } holder)
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

    public Task<Guid?> GetAsync() => Task.FromResult(state.State.ChildId);
}
