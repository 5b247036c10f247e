using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Which durable reminders a child's plan needs: the follow-up date and each open action's due date.</summary>
internal static class ReminderPlan
{
    public const string FollowUp = "followup";
    private const string ActionPrefix = "action:";

    public static string ForAction(Guid actionId) => $"{ActionPrefix}{actionId:N}";

    public static Guid? ActionOf(string reminderName) =>
        reminderName.StartsWith(ActionPrefix, StringComparison.Ordinal) && Guid.TryParseExact(reminderName[ActionPrefix.Length..], "N", out var id) ? id : null;

    public static Dictionary<string, DateOnly> Desired(ChildState state)
    {
        var desired = state.Plan.Actions
            .Where(a => a is { Due: not null, Status: PlanActionStatus.Planned or PlanActionStatus.Active })
            .ToDictionary(a => ForAction(a.ActionId), a => a.Due!.Value);
        if (state.Plan.Details.NextFollowUp is { } followUp)
        {
            desired[FollowUp] = followUp;
        }

        return desired;
    }

    /// <summary>Was anything recorded for the child on or after the follow-up date (an assessment or a meeting)?</summary>
    public static bool FollowedUpSince(ChildState state, DateOnly date) =>
        state.Assessments.Any(a => a.AssessedOn >= date)
        || state.TeamMeetings.Any(m => SwedishDate.DateOf(m.HeldAt) >= date);
}
