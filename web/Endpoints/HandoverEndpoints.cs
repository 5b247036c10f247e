using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>The barnkontakt role: handover (överlämning) and the family's decline of support.</summary>
public static class HandoverEndpoints
{
    public static void MapHandoverEndpoints(this RouteGroupBuilder children)
    {
        children.MapPost("/{childId:guid}/handover", (Guid childId, HandoverRequest request, ProfessionalDirectory directory, [AsParameters] ChildCommand command) =>
        {
            var toRole = directory.ContactRoleOf("toProfessionalId", request.ToProfessionalId);
            var handover = new NewHandover(
                request.ToProfessionalId!, toRole, request.Trigger, request.SupportGiven ?? "", request.WhatWorked ?? "", request.IsException, request.ExceptionReason,
                directory.Find(request.ToProfessionalId)?.Unit);
            return command.RunAsync(childId, "proposed a handover of", (child, me) => child.ProposeHandoverAsync(handover, me));
        }).WithName("ProposeHandover");
        children.MapPost("/{childId:guid}/handover/accept", (Guid childId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "accepted the handover of", (child, me) => child.AcceptHandoverAsync(me)))
            .WithName("AcceptHandover");
        children.MapPost("/{childId:guid}/handover/withdraw", (Guid childId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "withdrew the handover of", (child, me) => child.WithdrawHandoverAsync(me)))
            .WithName("WithdrawHandover");
        children.MapPost("/{childId:guid}/support-decline", (Guid childId, DeclineRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded a decline of support for", (child, me) => child.DeclineSupportAsync(request.Reason, me)))
            .WithName("DeclineSupport");
        children.MapDelete("/{childId:guid}/support-decline", (Guid childId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "withdrew the decline of support for", (child, me) => child.WithdrawSupportDeclineAsync(me)))
            .WithName("WithdrawSupportDecline");
    }
}
