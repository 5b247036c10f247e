namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// What each exported column, measure and statistic means; served at
/// <c>/api/statistics/dictionary</c> and written out in docs/data-dictionary.md.
/// </summary>
public static class DataDictionary
{
    public static IReadOnlyList<DictionaryEntry> Columns { get; } =
    [
        new("period_from", "First day of the period (inclusive, Swedish calendar date, yyyy-MM-dd)."),
        new("period_to", "Last day of the period (inclusive)."),
        new("filter_unit", "Unit filter of the query, empty when all units."),
        new("filter_age_band", "Age band filter (ZeroToSix, SevenToTwelve, ThirteenToEighteen, Adult, Unknown), empty when all."),
        new("filter_gender", "Gender filter (Unknown, Girl, Boy, Other), empty when all."),
        new("measure", "What is counted; see the measures below."),
        new("dimension", "Breakdown: all (the total), unit, ageBand or gender."),
        new("group", "The group within the dimension: a unit name or 'unknown', an age band or 'Unknown', a gender; 'all' for the total."),
        new("statistic", "Which figure of the measure; see the statistics below."),
        new("value", "The figure; empty when suppressed."),
        new("suppressed", "true when the figure is withheld: built from fewer than 5 children, or withheld so a withheld figure cannot be recovered by subtraction."),
    ];

    public static IReadOnlyList<DictionaryEntry> MeasureEntries { get; } =
    [
        new(Measures.ConcernsRaised, "Concerns (oro) raised in the period. Group: the barnkontakt's unit and the child's age band when the concern was raised."),
        new(Measures.AcknowledgementTime, "Concerns raised in the period that the barnkontakt has acknowledged: hours from raised to acknowledged."),
        new(Measures.MeetingsHeld, "Barnteam meetings held in the period (closed meetings committed to the child's record)."),
        new(Measures.ActiveChildren, "Children with anything recorded in the period. Group: as at the child's last activity in the period. The population of the measures below."),
        new(Measures.ChildrenWithPlan, "Active children whose plan has at least one action that is not cancelled (plan as it stands now). share = of activeChildren."),
        new(Measures.PlansNeedingCoordinator, "Active children whose plan has actions from more than one agency, so it needs a stödsamordnare. share = of activeChildren."),
        new(Measures.CoordinatorWhenNeeded, "Of plansNeedingCoordinator: plans that name a stödsamordnare. share = of plansNeedingCoordinator."),
        new(Measures.ChildViewRecorded, "Of childrenWithPlan: plans where the child's own words are recorded (child participation). share = of childrenWithPlan."),
        new(Measures.InSipOrBus, "Active children also in a SIP or BUS that is planned or active (parallel forums). share = of activeChildren."),
        new($"{Measures.ChangeSinceBaseline}:<Area>", "Active children with a baseline (first team consensus) and a later team consensus rating the area, both on or before period_to: latest minus baseline (scale 1–5, so -4 to +4)."),
    ];

    public static IReadOnlyList<DictionaryEntry> StatisticEntries { get; } =
    [
        new(Measures.Children, "Number of distinct children. A child counted in two groups (e.g. a handover between units in the period) appears in both."),
        new(Measures.Events, "Number of events (concerns, meetings) behind the figure."),
        new(Measures.MedianHours, "Median hours, nearest-rank method, one decimal."),
        new(Measures.P90Hours, "90th percentile of hours, nearest-rank method, one decimal."),
        new(Measures.Share, "children divided by the measure's population in the same group (0–1, three decimals); withheld when that population is withheld."),
        new(Measures.MeanChange, "Mean change since baseline (two decimals); positive means better."),
        new(Measures.Improved, "Children whose rating rose since baseline."),
        new(Measures.Unchanged, "Children whose rating is the same as at baseline."),
        new(Measures.Worsened, "Children whose rating fell since baseline."),
    ];
}
