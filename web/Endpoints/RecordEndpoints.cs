using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Behovskompass assessments, guardians' consent and the child's other forums (SIP, BUS, …).</summary>
public static class RecordEndpoints
{
    public static void MapRecordEndpoints(this RouteGroupBuilder children)
    {
        children.MapPost("/{childId:guid}/assessments", (Guid childId, NewAssessment request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded an assessment for", (child, me) => child.RecordAssessmentAsync(request, me)))
            .WithName("RecordAssessment");
        children.MapPost("/{childId:guid}/consents", (Guid childId, ConsentGrant request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded consent for", (child, me) => child.RecordConsentAsync(request, me)))
            .WithName("RecordConsent");
        children.MapPost("/{childId:guid}/consents/{consentId:guid}/revoke", (Guid childId, Guid consentId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded revoked consent for", (child, me) => child.RevokeConsentAsync(consentId, me)))
            .WithName("RevokeConsent");
        children.MapPost("/{childId:guid}/linked-processes", (Guid childId, LinkedProcessInput request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded a linked forum for", (child, me) => child.SaveLinkedProcessAsync(null, request, me)))
            .WithName("AddLinkedProcess");
        children.MapPut("/{childId:guid}/linked-processes/{processId:guid}", (Guid childId, Guid processId, LinkedProcessInput request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "changed a linked forum for", (child, me) => child.SaveLinkedProcessAsync(processId, request, me)))
            .WithName("UpdateLinkedProcess");
    }
}
