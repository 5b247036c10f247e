namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>Names of the measures and statistics as they appear in the JSON, the CSV and the data dictionary.</summary>
public static class Measures
{
    public const string ConcernsRaised = "concernsRaised";
    public const string AcknowledgementTime = "acknowledgementTime";
    public const string MeetingsHeld = "meetingsHeld";
    public const string ActiveChildren = "activeChildren";
    public const string ChildrenWithPlan = "childrenWithPlan";
    public const string PlansNeedingCoordinator = "plansNeedingCoordinator";
    public const string CoordinatorWhenNeeded = "coordinatorWhenNeeded";
    public const string ChildViewRecorded = "childViewRecorded";
    public const string InSipOrBus = "inSipOrBus";

    /// <summary>Followed by ":" and the area's code name, e.g. "changeSinceBaseline:Safe".</summary>
    public const string ChangeSinceBaseline = "changeSinceBaseline";

    public const string Children = "children";
    public const string Events = "events";
    public const string MedianHours = "medianHours";
    public const string P90Hours = "p90Hours";
    public const string Share = "share";
    public const string MeanChange = "meanChange";
    public const string Improved = "improved";
    public const string Unchanged = "unchanged";
    public const string Worsened = "worsened";

    public static string ChangeIn(Domain.NeedsArea area) => $"{ChangeSinceBaseline}:{area}";
}
