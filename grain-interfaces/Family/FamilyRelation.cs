namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>How a family member belongs to a child. Persisted: never renumber.</summary>
public enum FamilyRelation
{
    Guardian = 0,
    Child = 1,
}
