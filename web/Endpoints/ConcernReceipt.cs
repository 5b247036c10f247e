namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// What the upptäckare gets back for a concern: that it is recorded and has reached the child's
/// barnkontakt. Raising a concern gives no view of the record, so nothing about the child is in here.
/// </summary>
public sealed record ConcernReceipt(Guid ConcernId, Guid ChildId, DateTimeOffset RaisedAt, bool ReachedChildContact, bool MandatoryReportRequired, string Message);
