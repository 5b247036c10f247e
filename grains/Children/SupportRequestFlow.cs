using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.SupportRequests;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Begäran om insats: Sent → Accepted (a plan action of the receiver) | Declined (with a reason).</summary>
internal static class SupportRequestFlow
{
    public static SupportRequestView Send(ChildState state, SupportRequestInput request, IReadOnlyList<AgencyKind> consented, string actorId, DateOnly today, DateTimeOffset now)
    {
        ChildAccess.RequirePlanEditor(state, actorId, today, "send a request for support to another agency");
        var valid = SupportRequestRules.Validate(request);

        // The request carries the child's needs to another agency: only with the guardians' consent for that kind of agency.
        if (!consented.Contains(valid.ToAgency))
        {
            throw new DomainRuleException("toAgency", $"the guardians have not consented to sharing with {valid.ToAgency}; nothing was sent.", ErrorCodes.SupportRequestNoConsent);
        }

        var sent = new SupportRequestView(Guid.NewGuid(), valid.ToAgency, valid.Question, valid.Areas, actorId, now, SupportRequestStatus.Sent);
        state.SupportRequests.Add(sent);
        return sent;
    }

    public static SupportRequestView Accept(ChildState state, Guid requestId, DirectoryPerson? actor, DateTimeOffset now)
    {
        var request = Waiting(state, requestId, actor);
        var action = new PlanActionView(Guid.NewGuid(), PlanActionText(request), request.ToAgency, actor!.Id, null, null, PlanActionStatus.Planned)
        {
            ChangedBy = actor.Id,
            ChangedAt = now,
        };
        state.Plan.Actions.Add(action);
        state.Plan.Version++;
        return Replace(state, request with { Status = SupportRequestStatus.Accepted, AnsweredBy = actor.Id, AnsweredAt = now, PlanActionId = action.ActionId });
    }

    public static SupportRequestView Decline(ChildState state, Guid requestId, string reason, DirectoryPerson? actor, DateTimeOffset now)
    {
        var valid = SupportRequestRules.ValidateReason(reason);
        var request = Waiting(state, requestId, actor);
        return Replace(state, request with { Status = SupportRequestStatus.Declined, AnsweredBy = actor!.Id, AnsweredAt = now, DeclineReason = valid });
    }

    public static SupportRequestView Find(ChildState state, Guid requestId) =>
        state.SupportRequests.FirstOrDefault(r => r.RequestId == requestId)
        ?? throw new DomainRuleException("requestId", $"no request for support {requestId} on this child.", ErrorCodes.SupportRequestNotFound);

    /// <summary>The plan action's text: the question, cut to what an action's "what" holds.</summary>
    private static string PlanActionText(SupportRequestView request)
    {
        var text = $"Begäran om insats: {request.Question}";
        return text.Length <= PlanRules.WhatMaxLength ? text : $"{text[..(PlanRules.WhatMaxLength - 1)]}…";
    }

    /// <summary>Only the receiving agency's intake answers, and only a request still waiting.</summary>
    private static SupportRequestView Waiting(ChildState state, Guid requestId, DirectoryPerson? actor)
    {
        // Someone who is no agency's intake learns nothing, not even whether the request exists.
        if (actor is null || !actor.Active || !actor.Roles.Contains(DirectoryRoles.Intake) || Find(state, requestId).ToAgency != AgencyKinds.OfDirectoryAgency(actor.Agency))
        {
            throw new NotPermittedException("Only the intake (mottagning) of the agency the request was sent to may answer it.", ErrorCodes.AccessIntakeOnly);
        }

        var request = Find(state, requestId);

        if (request.Status != SupportRequestStatus.Sent)
        {
            throw new StateConflictException($"The request was already {request.Status}.", state.Version, ErrorCodes.SupportRequestAnswered, ErrorCodes.Args(("status", request.Status)));
        }

        return request;
    }

    private static SupportRequestView Replace(ChildState state, SupportRequestView updated)
    {
        state.SupportRequests[state.SupportRequests.FindIndex(r => r.RequestId == updated.RequestId)] = updated;
        return updated;
    }
}
