using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Swedish labels for chronology summaries, which the UI shows as they are.</summary>
internal static class Labels
{
    public static string Area(NeedsArea area) => area switch
    {
        NeedsArea.Respected => "Respekteras",
        NeedsArea.Developing => "Utvecklas",
        NeedsArea.CaredFor => "Omsorg",
        NeedsArea.Safe => "Trygghet",
        NeedsArea.Healthy => "Må bra",
        NeedsArea.Leisure => "Fritid",
        NeedsArea.Belonging => "Tillhörighet",
        NeedsArea.Responsible => "Ansvarstagande",
        _ => area.ToString(),
    };

    public static string Areas(IEnumerable<NeedsArea> areas) => string.Join(", ", areas.Select(Area));

    public static string Rater(RaterKind rater) => rater switch
    {
        RaterKind.Child => "barnets egen skattning",
        RaterKind.Guardian => "vårdnadshavare",
        RaterKind.Professional => "yrkesperson",
        RaterKind.TeamConsensus => "barnteamets samsyn",
        _ => rater.ToString(),
    };
}
