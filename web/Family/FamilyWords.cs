using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Web.Family;

/// <summary>Plain Swedish for the family's printed plan (the pages use js/labels.js for the same words).</summary>
internal static class FamilyWords
{
    public static string Agency(AgencyKind agency) => agency switch
    {
        AgencyKind.SchoolOrPreschool => "skolan eller förskolan",
        AgencyKind.SocialServices => "socialtjänsten",
        AgencyKind.ChildHealth => "barnhälsovården (BVC)",
        AgencyKind.ChildPsychiatry => "barn- och ungdomspsykiatrin (BUP)",
        AgencyKind.Police => "polisen",
        AgencyKind.MaternityCare => "mödrahälsovården",
        _ => agency.ToString(),
    };

    public static string Status(PlanActionStatus status) => status switch
    {
        PlanActionStatus.Planned => "Ska göras",
        PlanActionStatus.Active => "Pågår",
        PlanActionStatus.Done => "Klart",
        PlanActionStatus.Cancelled => "Blir inte av",
        _ => status.ToString(),
    };

    public static string Date(DateOnly? date) =>
        date is { } d ? d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) : "inte bestämt än";
}
