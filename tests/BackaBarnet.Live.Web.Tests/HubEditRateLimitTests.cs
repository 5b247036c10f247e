using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LimitedSystemCollection.Name)]
public sealed class HubEditRateLimitTests(LimitedSystem system)
{
    [Fact]
    public async Task MeetingEditsFasterThanTheLimitAreRefusedForThatProfessionalOnlyAndChangeNothing()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var fast = await convener.ConnectAsync();
        await using var other = await social.ConnectAsync();
        await fast.InvokeAsync<SessionSnapshot>("JoinSession", sessionId);
        await other.InvokeAsync<SessionSnapshot>("JoinSession", sessionId);

        var outcomes = new List<string>();
        for (var value = 1; value <= LimitedSystem.HubEditBurst + 1; value++)
        {
            try
            {
                await fast.InvokeAsync<EditOutcome>("SetConsensus", sessionId, childId, NeedsArea.Safe, value);
                outcomes.Add("applied");
            }
            catch (HubException e)
            {
                outcomes.Add(e.Message.Contains("Too many edits", StringComparison.Ordinal) ? "too many" : e.Message);
            }
        }

        var othersEdit = await other.InvokeAsync<EditOutcome>("SubmitRatings", sessionId, childId, new[] { new AreaRating(NeedsArea.Safe, 2) });
        var after = await other.InvokeAsync<SessionSnapshot>("GetSession", sessionId);

        Assert.Equal([.. Enumerable.Repeat("applied", LimitedSystem.HubEditBurst), "too many"], outcomes);
        Assert.True(othersEdit.Applied);
        Assert.Equal(LimitedSystem.HubEditBurst, after.Agenda.Single().Consensus.Single(c => c.Area == NeedsArea.Safe).Value);
    }
}
