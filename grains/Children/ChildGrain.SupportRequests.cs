using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.SupportRequests;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// Requests for support between agencies. The record is the truth (each step on the chronology);
/// the receiving agency's queue is an index of what waits, and notices tell the other side.
/// </summary>
internal sealed partial class ChildGrain
{
    private const string SupportRequestsLink = "/begaran.html";

    public async Task<SupportRequestView> SendSupportRequestAsync(SupportRequestInput request, string actorId)
    {
        var sent = await CommitAsync(actorId, "SupportRequestSent", s =>
        {
            var view = SupportRequestFlow.Send(s, request, ChildSnapshots.Sharing(s, Today).ConsentedAgencies, actorId, Today, Now);
            return (view, $"Begäran om insats skickad till {Labels.Agency(view.ToAgency)} ({Labels.Areas(view.Areas)})");
        });

        await GrainFactory.GetGrain<ISupportRequestQueueGrain>((long)sent.ToAgency).AddAsync(new SupportRequestQueueEntry(ChildId, state.State.DisplayName, sent));
        foreach (var intake in await GrainFactory.GetGrain<IDirectoryGrain>(0).GetHoldersAsync(sent.ToAgency, DirectoryRoles.Intake))
        {
            await GrainFactory.GetGrain<IProfessionalGrain>(intake.Id).DeliverAsync(new Notification(
                NotificationIds.For("support-request", sent.RequestId, intake.Id), NotificationKind.SupportRequestReceived,
                "Ny begäran om insats till mottagningen", null, null, null, actorId, Now, SupportRequestsLink));
        }

        return sent;
    }

    public async Task<SupportRequestView> AcceptSupportRequestAsync(Guid requestId, string actorId)
    {
        var actor = await DirectoryPersonAsync(actorId);
        var accepted = await CommitAsync(actorId, "SupportRequestAccepted", s =>
        {
            var view = SupportRequestFlow.Accept(s, requestId, actor, Now);
            return (view, $"Begäran om insats godtagen av {Labels.Agency(view.ToAgency)} ({actor!.Name}): en insats i planen");
        });

        await ReplanRemindersAsync();

        // In the receiver's own list "Mina insatser", like any action assigned to them.
        var action = state.State.Plan.Actions.Single(a => a.ActionId == accepted.PlanActionId);
        await GrainFactory.GetGrain<IProfessionalGrain>(actorId).AddAssignmentAsync(
            new ActionAssignment(ChildId, state.State.DisplayName, action.ActionId, action.What, action.Due, Guid.Empty, Now));
        await AnsweredAsync(accepted, NotificationKind.SupportRequestAccepted, $"{Sentence(Labels.Agency(accepted.ToAgency))} tog emot begäran om insats för {state.State.DisplayName}");
        return accepted;
    }

    public async Task<SupportRequestView> DeclineSupportRequestAsync(Guid requestId, string reason, string actorId)
    {
        var actor = await DirectoryPersonAsync(actorId);
        var declined = await CommitAsync(actorId, "SupportRequestDeclined", s =>
        {
            var view = SupportRequestFlow.Decline(s, requestId, reason, actor, Now);
            return (view, $"Begäran om insats avböjd av {Labels.Agency(view.ToAgency)} ({actor!.Name}): {view.DeclineReason}");
        });

        await AnsweredAsync(declined, NotificationKind.SupportRequestDeclined, $"{Sentence(Labels.Agency(declined.ToAgency))} avböjde begäran om insats för {state.State.DisplayName}. Skälet står på barnets sida.");
        return declined;
    }

    /// <summary>Out of the receivers' queue; the sender learns the answer.</summary>
    private async Task AnsweredAsync(SupportRequestView answered, NotificationKind kind, string title)
    {
        await GrainFactory.GetGrain<ISupportRequestQueueGrain>((long)answered.ToAgency).RemoveAsync(answered.RequestId);
        await GrainFactory.GetGrain<IProfessionalGrain>(answered.SentBy).DeliverAsync(new Notification(
            NotificationIds.For("support-request-answer", answered.RequestId), kind, title, ChildId, state.State.DisplayName, null,
            answered.AnsweredBy!, Now, GrainInterfaces.Notifications.Links.Child(ChildId)));
    }

    /// <summary>An agency's label opens the notice, so it starts with a capital.</summary>
    private static string Sentence(string text) => text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);

    private async Task<DirectoryPerson?> DirectoryPersonAsync(string professionalId) =>
        (await GrainFactory.GetGrain<IDirectoryGrain>(0).GetUnitOfAsync(professionalId)).FirstOrDefault(p => p.Id == professionalId);
}
