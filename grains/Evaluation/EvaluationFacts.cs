using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Grains.Children;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Evaluation;

/// <summary>
/// Derives a child's anonymous facts from its record. Depends on the record only (never on
/// "today"), so the facts sent after a change equal the ones a rebuild reads later.
/// </summary>
internal static class EvaluationFacts
{
    public static ChildFacts From(ChildState state)
    {
        EvaluationEvent At(EvaluationEventKind kind, DateTimeOffset instant, double? hours = null) =>
            new(kind, SwedishDate.DateOf(instant), GroupAt(state, instant), hours);

        var events = state.Chronology.Select(e => e.At).Concat(state.ArchivedActivity).Select(at => At(EvaluationEventKind.Activity, at)).Distinct()
            .Concat(state.Concerns.Select(c => ConcernRaised(state, c)))
            .Concat(state.ArchivedConcernEvents.Select(archived => archived.Event with { Count = archived.Count }))
            .Concat(state.TeamMeetings.Select(m => At(EvaluationEventKind.MeetingHeld, m.HeldAt)))
            .ToArray();
        var assessments = state.Assessments
            .Where(a => a.Rater == RaterKind.TeamConsensus)
            .Select(a => new TeamAssessmentFact(a.AssessedOn, a.IsBaseline, a.Ratings.ToDictionary(r => r.Area, r => r.Value)))
            .ToArray();
        return new ChildFacts(state.Version, state.Gender, events, assessments, Plan(state));
    }

    /// <summary>The fact a concern gives, whether it is live or archived (the archive keeps the fact in the state).</summary>
    public static EvaluationEvent ConcernRaised(ChildState state, ConcernView concern) =>
        new(EvaluationEventKind.ConcernRaised, SwedishDate.DateOf(concern.RaisedAt), GroupAt(state, concern.RaisedAt), HoursBetween(concern.RaisedAt, concern.AcknowledgedAt));

    private static PlanFacts Plan(ChildState state)
    {
        var actions = state.Plan.Actions.Where(a => a.Status != PlanActionStatus.Cancelled).ToArray();
        return new PlanFacts(
            HasPlan: actions.Length > 0,
            NeedsCoordinator: actions.Select(a => a.Agency).Distinct().Count() > 1,
            HasCoordinator: state.Plan.Details.SupportCoordinatorId is not null,
            ChildViewRecorded: !string.IsNullOrWhiteSpace(state.Plan.Details.ChildWords),
            InSipOrBus: state.LinkedProcesses.Any(p => p.Process.Kind is LinkedProcessKind.Sip or LinkedProcessKind.Bus && p.Process.Status != LinkedProcessStatus.Closed));
    }

    /// <summary>The barnkontakt's unit and the child's age band at that instant.</summary>
    private static EvaluationGroup GroupAt(ChildState state, DateTimeOffset instant)
    {
        var assignment = state.ContactHistory.LastOrDefault(a => a.From <= instant) ?? state.ContactHistory.FirstOrDefault();
        var day = SwedishDate.DateOf(instant);
        var ageBand = state.Personnummer is { } personnummer && personnummer.BirthDate <= day ? personnummer.AgeBandOn(day) : (GrainInterfaces.Identity.AgeBand?)null;
        return new EvaluationGroup(assignment?.Unit, ageBand);
    }

    private static double? HoursBetween(DateTimeOffset from, DateTimeOffset? to) =>
        to is { } end ? Math.Round((end - from).TotalHours, 1) : null;
}
