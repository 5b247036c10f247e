using BackaBarnet.Live.GrainInterfaces.FollowUp;
using BackaBarnet.Live.Web.Access;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Uppföljning of one child: assessments and the plan over time, so only for those who see the
/// whole record; audited like every read.
/// </summary>
public static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this RouteGroupBuilder children) =>
        children.MapGet("/{childId:guid}/follow-up", (Guid childId, [AsParameters] ChildCommand command) =>
            command.ReadAsync<ChildFollowUp>(childId, "the follow-up", (child, _, _) => child.GetFollowUpAsync(), atLeast: ChildView.Full))
            .WithName("GetFollowUp");
}
