using BackaBarnet.Live.GrainInterfaces.FollowUp;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Uppföljning of one child: for the professionals who may read the child, and audited like every read.</summary>
public static class FollowUpEndpoints
{
    public static void MapFollowUpEndpoints(this RouteGroupBuilder children) =>
        children.MapGet("/{childId:guid}/follow-up", (Guid childId, [AsParameters] ChildCommand command) =>
            command.ReadAsync<ChildFollowUp>(childId, "the follow-up", (child, _) => child.GetFollowUpAsync()))
            .WithName("GetFollowUp");
}
