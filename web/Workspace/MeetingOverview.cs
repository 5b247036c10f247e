using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Web.Workspace;

/// <summary>One row of "Möten": when, about whom, its status now, and who convened it.</summary>
public sealed record MeetingOverview(
    Guid SessionId, SessionKind Kind, DateTimeOffset ScheduledAt, SessionStatus? Status, string ConvenerId, bool Convened, IReadOnlyList<string> ChildNames, IReadOnlyList<Guid> ChildIds);
