using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Directory;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>Short ways to put a child on the test cluster.</summary>
internal static class Children
{
    public static string NewProfessionalId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>A new active practitioner in the cluster's directory (agency as the directory names it: "SocialServices", "Police"…).</summary>
    public static async Task<string> NewPractitionerAsync(IGrainFactory grains, string prefix, string agency)
    {
        var id = NewProfessionalId(prefix);
        await grains.GetGrain<IDirectoryGrain>(0).SaveAsync(new DirectoryPerson(id, "Test Person", "Handläggare", agency, "Testenheten", [DirectoryRoles.Practitioner], null, null));
        return id;
    }

    public static async Task<(IChildGrain Child, ChildSnapshot Snapshot)> RegisterAsync(
        IGrainFactory grains, string contactId, ChildContactRole role, string? personnummer = null, string name = "Testbarn")
    {
        var child = grains.GetGrain<IChildGrain>(Guid.NewGuid());
        var snapshot = await child.RegisterAsync(new NewChild(name, contactId, contactId, role, personnummer));
        return (child, snapshot);
    }
}
