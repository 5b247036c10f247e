using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>The child's one plan: actions, goals, the child's and guardians' words, follow-up and stödsamordnare.</summary>
public static class PlanEndpoints
{
    public static void MapPlanEndpoints(this RouteGroupBuilder children)
    {
        children.MapGet("/{childId:guid}/plan", GetAsync).WithName("GetPlan");
        children.MapPut("/{childId:guid}/plan", (Guid childId, PlanDetailsRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "changed the plan of", (child, me) => child.UpdatePlanDetailsAsync(request.ToDetails(), request.RequiredVersion(), me)))
            .WithName("UpdatePlan");
        children.MapPost("/{childId:guid}/plan/actions", (Guid childId, PlanActionRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "added a plan action for", (child, me) => child.AddPlanActionAsync(request.ToInput(), request.RequiredVersion(), me)))
            .WithName("AddPlanAction");
        children.MapPut("/{childId:guid}/plan/actions/{actionId:guid}", (Guid childId, Guid actionId, PlanActionRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "changed a plan action for", (child, me) => child.UpdatePlanActionAsync(actionId, request.ToInput(), request.RequiredVersion(), me)))
            .WithName("UpdatePlanAction");
        children.MapPost("/{childId:guid}/plan/actions/{actionId:guid}/status", (Guid childId, Guid actionId, Workspace.ActionStatusRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "changed the status of a plan action for", (child, me) => child.SetPlanActionStatusAsync(actionId, request.RequiredStatus(), request.RequiredVersion(), me)))
            .WithName("SetPlanActionStatus");
    }

    /// <summary>The plan with its gaps: a plan with actions from several agencies and no stödsamordnare is reported incomplete.</summary>
    private static Task<Results<Ok<PlanView>, ProblemHttpResult>> GetAsync(Guid childId, [AsParameters] ChildCommand command) =>
        command.ReadAsync(childId, "the plan", (_, visible, _) => Task.FromResult(visible.Plan!), atLeast: ChildView.Participation);
}
