using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>How a guardian's e-identification finds the child, and which meetings the family may look for.</summary>
internal sealed partial class ChildGrain
{
    public async Task LinkGuardianIdentityAsync(int guardianNumber, string personnummer, string actorId)
    {
        EnsureRegistered();
        ChildAccess.RequireContact(state.State, actorId, "link a guardian's e-identification");
        if (guardianNumber < 1 || guardianNumber > Math.Min(state.State.Guardians.Count, FamilyParticipants.MaxGuardians))
        {
            throw new DomainRuleException("guardianNumber", $"must name a guardian on the record (1 to {Math.Min(state.State.Guardians.Count, FamilyParticipants.MaxGuardians)}).", ErrorCodes.FieldOutOfRange,
                ErrorCodes.Args(("min", 1), ("max", Math.Min(state.State.Guardians.Count, FamilyParticipants.MaxGuardians)), ("actual", guardianNumber)));
        }

        // Only the keyed hash is a key; the number itself is neither stored nor logged.
        var key = hasher.IndexKey(Personnummer.Parse(personnummer, Today));
        await GrainFactory.GetGrain<IGuardianIndexGrain>(key).LinkAsync(new FamilyLink(ChildId, FamilyRelation.Guardian, guardianNumber));
        await CommitAsync(actorId, "GuardianIdentityLinked", _ => (true, $"Vårdnadshavare {guardianNumber} kan logga in med e-legitimation"));
    }

    public Task<IReadOnlyList<Guid>> GetSessionIdsAsync()
    {
        EnsureRegistered();
        return Task.FromResult<IReadOnlyList<Guid>>(state.State.OpenSessionIds.Concat(state.State.TeamMeetings.Select(m => m.SessionId)).Distinct().ToArray());
    }
}
