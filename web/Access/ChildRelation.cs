namespace BackaBarnet.Live.Web.Access;

/// <summary>The relations through which a professional may read a child's record, strongest first.</summary>
public enum ChildRelation
{
    ChildContact,
    IncomingChildContact,
    SupportCoordinator,
    ActionResponsible,
    TeamMember,
    SessionParticipant,
    FormerChildContact,
}
