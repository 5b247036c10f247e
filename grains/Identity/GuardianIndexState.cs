using BackaBarnet.Live.GrainInterfaces.Family;

namespace BackaBarnet.Live.Grains.Identity;

[GenerateSerializer, Alias("bb.GuardianIndexState")]
public sealed class GuardianIndexState
{
    [Id(0)]
    public List<FamilyLink> Links { get; set; } = [];
}
