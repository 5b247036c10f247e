using System.Globalization;
using Azure.Data.Tables;

namespace BackaBarnet.Live.Silo.Storage.Reminders;

/// <summary>
/// The reminder table's layout, after the official provider's: partition key
/// <c>{ServiceId}_{hash:X8}</c> (the grain's uniform hash, fixed width so that string order is
/// hash order and a hash range is a partition key range), row key <c>{GrainId}-{ReminderName}</c>.
/// The grain id and name are also stored as they are, because sanitized keys can collide.
/// </summary>
public static class ReminderRows
{
    public const string GrainIdProperty = "GrainReference";
    public const string NameProperty = "ReminderName";
    public const string ServiceIdProperty = "ServiceId";
    public const string StartAtProperty = "StartAt";
    public const string PeriodProperty = "Period";
    public const string HashProperty = "GrainRefConsistentHash";

    public static string PartitionKey(string serviceId, uint hash) => TableKeys.Sanitize($"{serviceId}_{hash:X8}");

    public static string PartitionKey(string serviceId, GrainId grainId) => PartitionKey(serviceId, grainId.GetUniformHashCode());

    public static string RowKey(GrainId grainId, string reminderName) => TableKeys.Sanitize($"{grainId}-{reminderName}");

    public static TableEntity ToEntity(string serviceId, ReminderEntry entry)
    {
        var hash = entry.GrainId.GetUniformHashCode();
        return new TableEntity(PartitionKey(serviceId, hash), RowKey(entry.GrainId, entry.ReminderName))
        {
            [GrainIdProperty] = entry.GrainId.ToString(),
            [NameProperty] = entry.ReminderName,
            [ServiceIdProperty] = serviceId,
            [StartAtProperty] = new DateTimeOffset(DateTime.SpecifyKind(entry.StartAt, DateTimeKind.Utc)),
            [PeriodProperty] = entry.Period.ToString("c", CultureInfo.InvariantCulture),
            [HashProperty] = hash.ToString("X8", CultureInfo.InvariantCulture),
        };
    }

    public static ReminderEntry ToEntry(TableEntity entity) => new()
    {
        GrainId = GrainId.Parse(Required(entity, GrainIdProperty)),
        ReminderName = Required(entity, NameProperty),
        StartAt = (entity.GetDateTimeOffset(StartAtProperty)
            ?? throw new InvalidDataException($"Reminder row {entity.PartitionKey}/{entity.RowKey} has no {StartAtProperty}.")).UtcDateTime,
        Period = TimeSpan.ParseExact(Required(entity, PeriodProperty), "c", CultureInfo.InvariantCulture),
        ETag = entity.ETag.ToString(),
    };

    private static string Required(TableEntity entity, string property) =>
        entity.GetString(property)
        ?? throw new InvalidDataException($"Reminder row {entity.PartitionKey}/{entity.RowKey} has no {property}.");
}
