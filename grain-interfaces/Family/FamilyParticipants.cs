namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>
/// The meeting ids of a child's family: made from the child's id (a random Guid) and the guardian's
/// place on the record, so no personnummer or name is ever in a participant id, key or log line.
/// </summary>
public static class FamilyParticipants
{
    public const int MaxGuardians = 2;

    public static string Guardian(Guid childId, int number) => $"vh{number}-{childId:N}";

    public static string Child(Guid childId) => $"barn-{childId:N}";

    /// <summary>The link a family participant id stands for, or null for any other id.</summary>
    public static FamilyLink? Parse(string? participantId)
    {
        if (participantId is null)
        {
            return null;
        }

        if (participantId.StartsWith("barn-", StringComparison.Ordinal) && Guid.TryParseExact(participantId[5..], "N", out var child))
        {
            return new FamilyLink(child, FamilyRelation.Child, 0);
        }

        return participantId.Length == 36 && participantId.StartsWith("vh", StringComparison.Ordinal) && participantId[3] == '-'
            && participantId[2] - '0' is var number and >= 1 and <= MaxGuardians && Guid.TryParseExact(participantId[4..], "N", out var guardianOf)
            ? new FamilyLink(guardianOf, FamilyRelation.Guardian, number)
            : null;
    }
}
