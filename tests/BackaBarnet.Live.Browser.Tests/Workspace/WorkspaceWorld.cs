using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Browser.Tests.Workspace;

/// <summary>
/// One shared world for the page tours (axe, phone width, Swedish only): children in every view,
/// meetings in every state, made once per browser collection through the API.
/// </summary>
public sealed class WorkspaceWorld
{
    /// <summary>Erik's child with concerns, a plan with actions for Sara (consent) and Johan (no consent), assessments and a SIP.</summary>
    public Guid Alva { get; private init; }

    /// <summary>Handed over from Maria (preschool) to Erik (school): Maria sees the handover summary only.</summary>
    public Guid Bo { get; private init; }

    public Guid OpenMeeting { get; private init; }

    public Guid RevealedMeeting { get; private init; }

    public Guid ClosedMeeting { get; private init; }

    /// <summary>Not yet opened, moved once, with a video link: the convener sees the logistics controls.</summary>
    public Guid ScheduledMeeting { get; private init; }

    public static async Task<WorkspaceWorld> CreateAsync(LiveSystem system)
    {
        using var erik = await system.SignInAsync("erik-rektor");
        using var maria = await system.SignInAsync("maria-forskola");
        using var johan = await system.SignInAsync("johan-polis");
        using var sara = await system.SignInAsync("sara-soc");

        var alva = await erik.RegisterAsync("Alva Lind", "erik-rektor", age: 9);
        await erik.ConsentAsync(alva, "SocialServices");
        await johan.PostAsync($"/api/children/{alva}/concerns", new { text = "Alva var ensam ute sent i går kväll.", areas = new[] { "Safe" }, childMayBeAtRisk = true });
        await sara.PostAsync($"/api/children/{alva}/concerns", new { text = "Alva har varit borta från skolan.", areas = new[] { "Developing", "Belonging" } });
        await erik.AddActionAsync(alva, "Samtal med kurator varje vecka", "SchoolOrPreschool", "erik-rektor");
        await erik.AddActionAsync(alva, "Föräldrastöd", "SocialServices", "sara-soc");
        await erik.AddActionAsync(alva, "Trygg väg hem", "Police", "johan-polis");
        await erik.PutAsync($"/api/children/{alva}/plan", new
        {
            goals = new[] { new { text = "Alva känner sig trygg på väg hem", areas = new[] { "Safe" } } },
            childWords = "Jag vill gå hem med en kompis.",
            nextFollowUp = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
            supportCoordinatorId = "sara-soc",
            expectedVersion = await erik.PlanVersionAsync(alva),
        });
        var today = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        await erik.PostAsync($"/api/children/{alva}/assessments", new { rater = "TeamConsensus", assessedOn = today, ratings = Ratings(2) });
        await erik.PostAsync($"/api/children/{alva}/assessments", new { rater = "Child", assessedOn = today, ratings = Ratings(3) });
        await erik.PostAsync($"/api/children/{alva}/linked-processes", new { kind = "Bus", status = "Active", responsible = "Elevhälsan" });
        await erik.PostAsync($"/api/children/{alva}/support-requests", new { toAgency = "SocialServices", question = "Kan familjen få föräldrastöd?", areas = new[] { "CaredFor" } });

        var bo = await maria.RegisterAsync("Bo Ek", "maria-forskola", age: 6);
        await maria.PostAsync($"/api/children/{bo}/handover", new { toProfessionalId = "erik-rektor", trigger = "ProposedByContact", supportGiven = "Språkstöd i förskolan.", whatWorked = "Bildstöd och korta samlingar." });
        await erik.PostAsync($"/api/children/{bo}/handover/accept");

        var open = await erik.ConveneAsync(alva, "sara-soc", "johan-polis");
        await erik.PostAsync($"/api/sessions/{open}/open");

        var cleo = await erik.RegisterAsync("Cleo Berg", "erik-rektor", age: 10);
        await erik.ConsentAsync(cleo, "SocialServices");
        var revealed = await erik.ConveneAsync(cleo, "sara-soc");
        await erik.PostAsync($"/api/sessions/{revealed}/open");
        await using (var hub = await erik.ConnectAsync())
        {
            await hub.InvokeAsync<object>("JoinSession", revealed);
            await hub.InvokeAsync<object>("SubmitRatings", revealed, cleo, new[] { new { area = "Safe", value = 3 } });
            await hub.InvokeAsync<object>("RevealRatings", revealed, cleo);
        }

        var dag = await erik.RegisterAsync("Dag Holm", "erik-rektor", age: 8);
        var closed = await erik.ConveneAsync(dag, "sara-soc");
        await erik.PostAsync($"/api/sessions/{closed}/open");
        await erik.PostAsync($"/api/sessions/{closed}/close");

        var scheduled = await erik.ConveneAsync(dag, "sara-soc");
        await erik.PostAsync($"/api/sessions/{scheduled}/reschedule", new { scheduledAt = DateTimeOffset.UtcNow.Date.AddDays(7).AddHours(8), videoLink = "https://mote.kommun.example/rum/7" });

        return new WorkspaceWorld { Alva = alva, Bo = bo, OpenMeeting = open, RevealedMeeting = revealed, ClosedMeeting = closed, ScheduledMeeting = scheduled };
    }

    private static object[] Ratings(int value) =>
        [.. new[] { "Respected", "Developing", "CaredFor", "Safe", "Healthy", "Leisure", "Belonging", "Responsible" }.Select(area => new { area, value })];
}
