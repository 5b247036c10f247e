using Azure.Data.Tables;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>
/// The peer's tables on the same Azurite as the product. A meeting's state is one row, replaced on
/// every edit; <c>--state-bytes</c> pads it to the product's stored size, so both write as much.
/// </summary>
public sealed class PeerStorage(TableServiceClient service, int stateBytes)
{
    private readonly TableClient meetings = service.GetTableClient("PeerMeetings");
    private readonly TableClient children = service.GetTableClient("PeerChildren");
    private readonly TableClient inboxes = service.GetTableClient("PeerInboxes");
    private readonly byte[] padding = new byte[stateBytes];

    public async Task CreateTablesAsync()
    {
        await meetings.CreateIfNotExistsAsync();
        await children.CreateIfNotExistsAsync();
        await inboxes.CreateIfNotExistsAsync();
    }

    public Task WriteMeetingAsync(Guid sessionId, byte[] state) =>
        meetings.UpsertEntityAsync(
            new TableEntity(sessionId.ToString("N"), "state") { ["Data"] = state, ["Padding"] = padding.AsSpan(0, Math.Max(0, padding.Length - state.Length)).ToArray() },
            TableUpdateMode.Replace);

    public Task WriteChildAsync(Guid childId, string displayName, string contactId, long version) =>
        children.UpsertEntityAsync(
            new TableEntity(childId.ToString("N"), "child") { ["DisplayName"] = displayName, ["ContactId"] = contactId, ["Version"] = version },
            TableUpdateMode.Replace);

    /// <summary>The concern on the child's partition: the first of its two writes.</summary>
    public Task WriteConcernAsync(Guid childId, Concern concern) =>
        children.UpsertEntityAsync(
            new TableEntity(childId.ToString("N"), concern.ConcernId.ToString("N"))
            {
                ["ReporterId"] = concern.ReporterId, ["Text"] = concern.Text, ["Areas"] = string.Join(',', concern.Areas), ["RaisedAt"] = concern.RaisedAt,
            },
            TableUpdateMode.Replace);

    /// <summary>The alert in the barnkontakt's inbox: the second write, so a reconnect finds it.</summary>
    public Task WriteInboxAsync(string contactId, Guid childId, Guid concernId) =>
        inboxes.UpsertEntityAsync(new TableEntity(contactId, concernId.ToString("N")) { ["ChildId"] = childId }, TableUpdateMode.Replace);
}
