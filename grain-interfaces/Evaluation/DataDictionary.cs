namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// What each exported column, measure and statistic means; served at
/// <c>/api/statistics/dictionary</c> and written out in docs/data-dictionary.md.
/// </summary>
public static class DataDictionary
{
    public static IReadOnlyList<DictionaryEntry> Columns { get; } =
    [
        new("period_from", "First day of the period (inclusive, Swedish calendar date, yyyy-MM-dd).", "Periodens första dag", "Första dagen i perioden (ingår, svenskt datum, ÅÅÅÅ-MM-DD)."),
        new("period_to", "Last day of the period (inclusive).", "Periodens sista dag", "Sista dagen i perioden (ingår)."),
        new("filter_unit", "Unit filter of the query, empty when all units.", "Urval: enhet", "Enhet som urvalet gäller; tomt när alla enheter ingår."),
        new("filter_age_band", "Age band filter (ZeroToSix, SevenToTwelve, ThirteenToEighteen, Adult, Unknown), empty when all.", "Urval: åldersgrupp", "Åldersgrupp som urvalet gäller; tomt när alla ingår."),
        new("filter_gender", "Gender filter (Unknown, Girl, Boy, Other), empty when all.", "Urval: kön", "Kön som urvalet gäller; tomt när alla ingår."),
        new("measure", "What is counted; see the measures below.", "Mått", "Vad som räknas; se måtten nedan."),
        new("dimension", "Breakdown: all (the total), unit, ageBand or gender.", "Uppdelning", "Hur siffrorna delas upp: alla (totalen), enhet, åldersgrupp eller kön."),
        new("group", "The group within the dimension: a unit name or 'unknown', an age band or 'Unknown', a gender; 'all' for the total.", "Grupp", "Gruppen inom uppdelningen: en enhet eller okänd, en åldersgrupp eller ett kön; all för totalen."),
        new("statistic", "Which figure of the measure; see the statistics below.", "Statistika", "Vilken siffra av måttet; se statistikorna nedan."),
        new("value", "The figure; empty when suppressed.", "Värde", "Siffran; tom när den är dold."),
        new("suppressed", "true when the figure is withheld: built from fewer than 5 children, or withheld so a withheld figure cannot be recovered by subtraction.", "Dold", "Sant när siffran döljs: den bygger på färre än 5 barn, eller döljs så att en dold siffra inte kan räknas fram ur de andra."),
    ];

    public static IReadOnlyList<DictionaryEntry> MeasureEntries { get; } =
    [
        new(Measures.ConcernsRaised, "Concerns (oro) raised in the period. Group: the barnkontakt's unit and the child's age band when the concern was raised.", "Oro anmäld", "Oro som anmälts under perioden. Grupp: barnkontaktens enhet och barnets åldersgrupp när oron anmäldes."),
        new(Measures.AcknowledgementTime, "Concerns raised in the period that the barnkontakt has acknowledged: hours from raised to acknowledged.", "Tid från oro till kvittens", "Oro anmäld under perioden som barnkontakten har kvitterat: timmar från anmälan till kvittens."),
        new(Measures.MeetingsHeld, "Barnteam meetings held in the period (closed meetings committed to the child's record).", "Barnteam-möten", "Barnteam-möten som hållits under perioden (avslutade och sparade i barnets akt)."),
        new(Measures.ActiveChildren, "Children with anything recorded in the period. Group: as at the child's last activity in the period. The population of the measures below.", "Aktiva barn", "Barn med något registrerat under perioden. Grupp: som vid barnets senaste aktivitet. Populationen för måtten nedan."),
        new(Measures.ChildrenWithPlan, "Active children whose plan has at least one action that is not cancelled (plan as it stands now). share = of activeChildren.", "Barn med plan", "Aktiva barn vars plan har minst en insats som inte är avbruten. Andel av aktiva barn."),
        new(Measures.PlansNeedingCoordinator, "Active children whose plan has actions from more than one agency, so it needs a stödsamordnare. share = of activeChildren.", "Planer som behöver stödsamordnare", "Aktiva barn vars plan har insatser från mer än en verksamhet och därför behöver en stödsamordnare. Andel av aktiva barn."),
        new(Measures.CoordinatorWhenNeeded, "Of plansNeedingCoordinator: plans that name a stödsamordnare. share = of plansNeedingCoordinator.", "Stödsamordnare när det behövs", "Av planerna som behöver stödsamordnare: de som har en. Andel av dem."),
        new(Measures.ChildViewRecorded, "Of childrenWithPlan: plans where the child's own words are recorded (child participation). share = of childrenWithPlan.", "Barnets egen röst i planen", "Av barnen med plan: planer där barnets egna ord finns med. Andel av barn med plan."),
        new(Measures.InSipOrBus, "Active children also in a SIP or BUS that is planned or active (parallel forums). share = of activeChildren.", "Barn även i SIP/BUS", "Aktiva barn som också finns i en planerad eller pågående SIP eller BUS. Andel av aktiva barn."),
        new($"{Measures.ChangeSinceBaseline}:<Area>", "Active children with a baseline (first team consensus) and a later team consensus rating the area, both on or before period_to: latest minus baseline (scale 1–5, so -4 to +4).", "Förändring sedan utgångsläget per område", "Aktiva barn med utgångsläge (första samsynen) och en senare samsyn för området: senaste minus utgångsläget (skala 1–5, alltså −4 till +4; positivt är bättre)."),
    ];

    public static IReadOnlyList<DictionaryEntry> StatisticEntries { get; } =
    [
        new(Measures.Children, "Number of distinct children. A child counted in two groups (e.g. a handover between units in the period) appears in both.", "Barn", "Antal olika barn. Ett barn som räknas i två grupper (t.ex. efter en överlämning mellan enheter) finns med i båda."),
        new(Measures.Events, "Number of events (concerns, meetings) behind the figure.", "Händelser", "Antal händelser (oro, möten) bakom siffran."),
        new(Measures.MedianHours, "Median hours, nearest-rank method, one decimal.", "Median, timmar", "Mediantimmar (närmaste rang), en decimal."),
        new(Measures.P90Hours, "90th percentile of hours, nearest-rank method, one decimal.", "90:e percentilen, timmar", "90:e percentilen av timmarna (närmaste rang), en decimal."),
        new(Measures.Share, "children divided by the measure's population in the same group (0–1, three decimals); withheld when that population is withheld.", "Andel", "Barnen delat med måttets population i samma grupp (0–1, tre decimaler); döljs när populationen döljs."),
        new(Measures.MeanChange, "Mean change since baseline (two decimals); positive means better.", "Medelförändring", "Medelförändring sedan utgångsläget (två decimaler); positivt är bättre."),
        new(Measures.Improved, "Children whose rating rose since baseline.", "Bättre", "Barn vars skattning har stigit sedan utgångsläget."),
        new(Measures.Unchanged, "Children whose rating is the same as at baseline.", "Oförändrat", "Barn vars skattning är densamma som vid utgångsläget."),
        new(Measures.Worsened, "Children whose rating fell since baseline.", "Sämre", "Barn vars skattning har sjunkit sedan utgångsläget."),
    ];
}
