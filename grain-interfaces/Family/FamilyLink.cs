namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>
/// One child a signed-in family member may reach: they are its guardian number
/// <paramref name="GuardianNumber"/> (1 or 2, as the record lists the guardians) or the child itself (0).
/// </summary>
[GenerateSerializer, Alias("bb.FamilyLink")]
public sealed record FamilyLink(Guid ChildId, FamilyRelation Relation, int GuardianNumber)
{
    /// <summary>The participant id this family member has in a meeting about this child.</summary>
    public string ParticipantId => Relation == FamilyRelation.Child
        ? FamilyParticipants.Child(ChildId)
        : FamilyParticipants.Guardian(ChildId, GuardianNumber);
}
