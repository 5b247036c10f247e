using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;

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

    public static string Agency(AgencyKind agency) => agency switch
    {
        AgencyKind.SchoolOrPreschool => "skola/förskola",
        AgencyKind.SocialServices => "socialtjänsten",
        AgencyKind.ChildHealth => "barnhälsovården",
        AgencyKind.ChildPsychiatry => "BUP",
        AgencyKind.Police => "polisen",
        AgencyKind.MaternityCare => "mödrahälsovården",
        _ => agency.ToString(),
    };

    public static string ContactRole(ChildContactRole role) => role switch
    {
        ChildContactRole.Midwife => "barnmorska",
        ChildContactRole.ChildHealthNurse => "BVC-sjuksköterska",
        ChildContactRole.PreschoolPrincipal => "förskolerektor",
        ChildContactRole.SchoolPrincipal => "grundskolerektor",
        _ => role.ToString(),
    };

    public static string ActionStatus(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Planned => "planerad",
        PlanActionStatus.Active => "pågår",
        PlanActionStatus.Done => "klar",
        PlanActionStatus.Cancelled => "avbruten",
        _ => status.ToString(),
    };

    public static string LinkedProcess(LinkedProcessKind kind) => kind switch
    {
        LinkedProcessKind.Sip => "SIP",
        // Written out as the seeds do.
        LinkedProcessKind.Bus => "BUS (barn i behov av särskilt stöd)",
        LinkedProcessKind.Bob => "BOB-råd (barn och unga i organiserad brottslighet)",
        LinkedProcessKind.Islandsmodellen => "Islandsmodellen",
        _ => "Annat forum",
    };

    public static string LinkedProcessStatus(LinkedProcessStatus status) => status switch
    {
        GrainInterfaces.LinkedProcesses.LinkedProcessStatus.Planned => "planerad",
        GrainInterfaces.LinkedProcesses.LinkedProcessStatus.Active => "pågår",
        _ => "avslutad",
    };
}
