namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>The kinds of agency that take part, as consent and plan actions name them. Persisted: never renumber.</summary>
public enum AgencyKind
{
    SchoolOrPreschool = 0,
    SocialServices = 1,
    ChildHealth = 2,
    ChildPsychiatry = 3,
    Police = 4,
    MaternityCare = 5,
}
