using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Tests.Sessions;

/// <summary>An open meeting about one new child, its barnkontakt (a rektor) the only participant.</summary>
public static class OpenMeetings
{
    public static async Task<(ITeamSessionGrain Session, Guid ChildId, string Contact)> OpenAsync(IGrainFactory grains)
    {
        var contact = Children.Children.NewProfessionalId("rektor");
        var (_, snapshot) = await Children.Children.RegisterAsync(grains, contact, ChildContactRole.SchoolPrincipal);
        var session = grains.GetGrain<ITeamSessionGrain>(Guid.NewGuid());
        await session.ConveneAsync(
            new NewTeamSession(SessionKind.Individual, [snapshot.ChildId], DateTimeOffset.UtcNow.AddHours(1),
                [new InvitedParticipant(contact, "Rektor Test", "Skolan", "Rektor", ParticipantKind.Professional)]),
            contact);
        await session.OpenAsync(contact);
        return (session, snapshot.ChildId, contact);
    }
}
