
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace BackaBarnet.Live.Grains.Identity;

/// <summary>Look-up by personnummer; stateless, so any silo answers and the HMAC secret never leaves the silos.</summary>
[StatelessWorker]
internal sealed class ChildRegistryGrain(PersonnummerHasher hasher, [FromKeyedServices(DomainTime.Key)] TimeProvider time) : Grain, IChildRegistryGrain
{
    public Task<Guid?> FindAsync(string personnummer)
    {
        var parsed = Personnummer.Parse(personnummer, SwedishDate.Today(time));
        return GrainFactory.GetGrain<IPersonnummerIndexGrain>(hasher.IndexKey(parsed)).GetAsync();
    }

    public async Task<IReadOnlyList<FamilyLink>> FindFamilyAsync(string personnummer)
    {
        var key = hasher.IndexKey(Personnummer.Parse(personnummer, SwedishDate.Today(time)));
        var links = new List<FamilyLink>();
        if (await GrainFactory.GetGrain<IPersonnummerIndexGrain>(key).GetAsync() is { } childId)
        {
            links.Add(new FamilyLink(childId, FamilyRelation.Child, 0));
        }

        links.AddRange(await GrainFactory.GetGrain<IGuardianIndexGrain>(key).GetAsync());
        return links;
    }
}
