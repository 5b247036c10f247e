namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>
/// Every page of the workspace and its main states, as the person whose page it is sees it: the
/// pages the axe, phone-width and Swedish-only tests walk. A new page must be added here (a test
/// fails when a page in wwwroot has no stop on the tour).
/// </summary>
public sealed record PageStop(string Name, string ProfessionalId, string Page, Func<WorkspaceWorld, string> Path, string Ready)
{
    public override string ToString() => Name;
}

public static class PageTour
{
    public static IReadOnlyList<PageStop> Stops { get; } =
    [
        new("start page of a barnkontakt", "erik-rektor", "index.html", _ => "/", "body[data-live='ready']"),
        new("start page of an upptäckare", "johan-polis", "index.html", _ => "/", "body[data-live='ready']"),
        new("child page, full view", "erik-rektor", "child.html", w => $"/barn/{w.Alva}", "body[data-child='ready']"),
        new("child page, participation view", "johan-polis", "child.html", w => $"/barn/{w.Alva}", "body[data-child='ready']"),
        new("child page, handover summary", "maria-forskola", "child.html", w => $"/barn/{w.Bo}", "body[data-child='ready']"),
        new("Mina barn", "erik-rektor", "mina-barn.html", _ => "/mina-barn.html", "body[data-page='ready']"),
        new("Möten", "erik-rektor", "moten.html", _ => "/moten.html", "body[data-page='ready']"),
        new("Mina insatser", "sara-soc", "mina-insatser.html", _ => "/mina-insatser.html", "body[data-page='ready']"),
        new("inbox", "erik-rektor", "inbox.html", _ => "/inbox.html", "body[data-inbox='ready']"),
        new("meeting open", "erik-rektor", "meeting.html", w => $"/meeting.html?session={w.OpenMeeting}", "body[data-session-ready='true']"),
        new("meeting revealed", "sara-soc", "meeting.html", w => $"/meeting.html?session={w.RevealedMeeting}", "body[data-session-ready='true']"),
        new("meeting scheduled, convener", "erik-rektor", "meeting.html", w => $"/meeting.html?session={w.ScheduledMeeting}", "body[data-session-ready='true']"),
        new("notice settings", "sara-soc", "installningar.html", _ => "/installningar.html", "body[data-settings='ready']"),
        new("meeting closed", "erik-rektor", "meeting.html", w => $"/meeting.html?session={w.ClosedMeeting}", "body[data-session-ready='true']"),
        new("restricted meeting", "johan-polis", "meeting.html", w => $"/meeting.html?session={w.OpenMeeting}", "body[data-session-ready='true']"),
        new("follow-up of a child", "erik-rektor", "followup.html", w => $"/followup.html?child={w.Alva}", "body[data-followup='ready']"),
        new("pilot statistics", "eva-utvardering", "pilot.html", _ => "/pilot.html", "body[data-pilot='ready']"),
        new("log review", "karin-revisor", "loggkontroll.html", _ => "/loggkontroll.html", "body[data-page='ready']"),
        new("record extract", "karin-revisor", "loggutdrag.html", w => $"/loggutdrag.html?child={w.Alva}", "body[data-page='ready']"),
        new("operations", "olle-drift", "drift.html", _ => "/drift.html", "body[data-page='ready']"),
        new("directory of professionals", "lars-katalog", "katalog.html", _ => "/katalog.html", "body[data-page='ready']"),
        new("unit without barnkontakt", "gunilla-chef", "enhet.html", _ => "/enhet.html", "body[data-page='ready']"),
        // A professional at the family page gets the family's sign-in (their session is no family member's); the signed-in family view is checked in FamilyAtTheTableTests.
        new("family page, sign-in", "erik-rektor", "familj.html", _ => "/familj.html", "body[data-page='sign-in']"),
        new("requests for support to the intake", "sara-soc", "begaran.html", _ => "/begaran.html", "body[data-page='ready']"),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var stop in Stops)
        {
            data.Add(stop.Name);
        }

        return data;
    }

    public static PageStop Named(string name) => Stops.Single(s => s.Name == name);
}
