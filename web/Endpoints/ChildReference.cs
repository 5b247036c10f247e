namespace BackaBarnet.Live.Web.Endpoints;

public sealed record ChildReference(Guid ChildId);
