using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Identity;

/// <summary>Which children a guardian (by the HMAC of their personnummer) is guardian of; one guardian place per child.</summary>
internal sealed class GuardianIndexGrain(
    [PersistentState("guardianIndex", StorageNames.Records)] IPersistentState<GuardianIndexState> state) : Grain, IGuardianIndexGrain
{
    public async Task LinkAsync(FamilyLink link)
    {
        if (state.State.Links.Contains(link))
        {
            return;
        }

        state.State.Links.RemoveAll(l => l.ChildId == link.ChildId);
        state.State.Links.Add(link);
        await state.WriteOrDeactivateAsync(this);
    }

    public Task<IReadOnlyList<FamilyLink>> GetAsync() => Task.FromResult<IReadOnlyList<FamilyLink>>(state.State.Links.ToArray());
}
