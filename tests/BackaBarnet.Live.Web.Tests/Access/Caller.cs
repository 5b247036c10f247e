namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>The callers every endpoint and hub method is tried as.</summary>
public enum Caller
{
    NoToken,
    ExpiredToken,
    TokenFromAnotherKey,

    /// <summary>maria-forskola: signed in, no relation to the child.</summary>
    NoRelation,

    /// <summary>sara-soc: responsible for a plan action and invited to the meeting, no consent for social services.</summary>
    OtherAgencyWithoutConsent,

    /// <summary>sara-soc again, for a child whose guardians consented to sharing with social services.</summary>
    OtherAgencyWithConsent,
}
