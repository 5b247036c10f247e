using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>Short ways to put a child on the test cluster.</summary>
internal static class Children
{
    public static string NewProfessionalId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    public static async Task<(IChildGrain Child, ChildSnapshot Snapshot)> RegisterAsync(
        IGrainFactory grains, string contactId, ChildContactRole role, string? personnummer = null, string name = "Testbarn")
    {
        var child = grains.GetGrain<IChildGrain>(Guid.NewGuid());
        var snapshot = await child.RegisterAsync(new NewChild(name, contactId, contactId, role, personnummer));
        return (child, snapshot);
    }
}
