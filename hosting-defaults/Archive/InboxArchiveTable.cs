using System.Globalization;
using Azure;
using Azure.Data.Tables;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.GrainInterfaces.Notifications;

namespace BackaBarnet.Live.HostingDefaults.Archive;

/// <summary>
/// The archive table of professionals' older read notifications. Keys carry ids and numbers only:
/// the partition is the professional's id (URL-safe by rule, see ProfessionalId); each notification
/// is two rows written in one transaction: <c>t{reversed ticks}_{id}</c> (the whole notification as
/// properties, so a page reads newest first in key order) and <c>i{id}</c> (for the point read that
/// recognises a late redelivery whatever time it carries). Titles may name a child: properties only.
/// Archiving a notification twice writes the same rows.
/// </summary>
public sealed class InboxArchiveTable(TableClient table) : IInboxArchive
{
    /// <summary>Two rows per notification, and the service takes at most 100 in one transaction.</summary>
    private const int NotificationsPerTransaction = 50;

    private const int IdsPerTransaction = 100;

    private readonly TableCreation creation = new(table);

    public async Task ArchiveAsync(string professionalId, IReadOnlyList<Notification> notifications)
    {
        await creation.EnsureAsync();
        foreach (var chunk in notifications.Chunk(NotificationsPerTransaction))
        {
            await table.SubmitTransactionAsync(chunk.SelectMany(n => new[]
            {
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, TimeRow(professionalId, n)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, IdRow(professionalId, n.NotificationId)),
            }));
        }
    }

    public async Task RememberIdsAsync(string professionalId, IReadOnlyCollection<Guid> notificationIds)
    {
        await creation.EnsureAsync();
        foreach (var chunk in notificationIds.Chunk(IdsPerTransaction))
        {
            await table.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(TableTransactionActionType.UpsertReplace, IdRow(professionalId, id))));
        }
    }

    public async Task<bool> ContainsAsync(string professionalId, Guid notificationId)
    {
        await creation.EnsureAsync();
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition(professionalId), IdKey(notificationId), [nameof(Notification.NotificationId)]);
        return row.HasValue;
    }

    public async Task<ArchivedInboxPage> ReadPageAsync(string professionalId, string? before, int take)
    {
        await creation.EnsureAsync();
        var after = before is null ? TimePrefix : TimePrefix + before;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(professionalId)} and RowKey gt {after} and RowKey lt {TimePrefixEnd}");
        var items = new List<Notification>(take);
        string? lastKey = null;
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: take))
        {
            items.Add(FromRow(row));
            lastKey = row.RowKey;
            if (items.Count == take)
            {
                break;
            }
        }

        // A full page may have more behind it; the next page starts after its last row.
        return new ArchivedInboxPage(items, items.Count == take ? lastKey![TimePrefix.Length..] : null);
    }

    private const string TimePrefix = "t";

    /// <summary>The character after <see cref="TimePrefix"/>: the upper end of the time rows.</summary>
    private const string TimePrefixEnd = "u";

    private static string Partition(string professionalId) => $"inbox_{professionalId}";

    private static string IdKey(Guid notificationId) => $"i{notificationId:N}";

    /// <summary>Reversed ticks, so the newest comes first in key order; the id makes equal times distinct.</summary>
    private static string TimeKey(Notification n) =>
        TimePrefix + (DateTimeOffset.MaxValue.UtcTicks - n.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + n.NotificationId.ToString("N");

    private static TableEntity IdRow(string professionalId, Guid notificationId) =>
        new(Partition(professionalId), IdKey(notificationId)) { [nameof(Notification.NotificationId)] = notificationId };

    private static TableEntity TimeRow(string professionalId, Notification n) =>
        new(Partition(professionalId), TimeKey(n))
        {
            [nameof(Notification.NotificationId)] = n.NotificationId,
            [nameof(Notification.Kind)] = n.Kind.ToString(),
            [nameof(Notification.Title)] = n.Title,
            [nameof(Notification.ChildId)] = n.ChildId,
            [nameof(Notification.ChildDisplayName)] = n.ChildDisplayName,
            [nameof(Notification.SessionId)] = n.SessionId,
            [nameof(Notification.FromId)] = n.FromId,
            [nameof(Notification.At)] = n.At,
            [nameof(Notification.Link)] = n.Link,
            [nameof(Notification.ReadAt)] = n.ReadAt,
        };

    private static Notification FromRow(TableEntity row) =>
        new(
            row.GetGuid(nameof(Notification.NotificationId))!.Value,
            Enum.Parse<NotificationKind>(row.GetString(nameof(Notification.Kind))),
            row.GetString(nameof(Notification.Title)),
            row.GetGuid(nameof(Notification.ChildId)),
            row.GetString(nameof(Notification.ChildDisplayName)),
            row.GetGuid(nameof(Notification.SessionId)),
            row.GetString(nameof(Notification.FromId)),
            row.GetDateTimeOffset(nameof(Notification.At))!.Value,
            row.GetString(nameof(Notification.Link)))
        {
            ReadAt = row.GetDateTimeOffset(nameof(Notification.ReadAt)),
        };
}
