using System.Text.Json;
using Azure.Data.Tables;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Upgrade;

/// <summary>
/// Rows our own grain storage and reminder table wrote before the switch to the official
/// providers, captured from a run of that code (main at b4fc9c4: a child with a concern, the
/// inboxes it reached, a meeting with two plan actions, a 200 KiB state over five Data
/// properties, a reminder) in legacy-rows.json. Put back under a fresh service id, they are
/// what an existing deployment has in its tables when it upgrades.
/// </summary>
public sealed class LegacyRows
{
    private readonly JsonElement root;

    private LegacyRows(JsonElement root) => this.root = root;

    public Guid ChildId => root.GetProperty("childId").GetGuid();

    public Guid SessionId => root.GetProperty("sessionId").GetGuid();

    public Guid ConcernId => root.GetProperty("concernId").GetGuid();

    public static LegacyRows Load() =>
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Upgrade", "legacy-rows.json"))).RootElement);

    /// <summary>Writes every captured row into <paramref name="storage"/> as service <paramref name="serviceId"/>.</summary>
    public async Task WriteAsync(string storage, string serviceId)
    {
        var captured = root.GetProperty("serviceId").GetString()!;
        var service = new TableServiceClient(storage);
        foreach (var row in root.GetProperty("rows").EnumerateArray())
        {
            var table = service.GetTableClient(row.GetProperty("table").GetString());
            await table.CreateIfNotExistsAsync();
            var entity = new TableEntity();
            foreach (var property in row.GetProperty("properties").EnumerateObject())
            {
                var value = property.Value.GetProperty("value").GetString()!;
                entity[property.Name] = property.Value.GetProperty("type").GetString() switch
                {
                    "Binary" => Convert.FromBase64String(value),
                    "DateTime" => DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                    _ => value.Replace(captured, serviceId),
                };
            }

            await table.AddEntityAsync(entity);
        }
    }

    /// <summary>One reminder row in our old layout, for a grain and name of the test's choosing.</summary>
    public static TableEntity OldReminderRow(string serviceId, GrainId grain, string name, DateTime startAt, TimeSpan period)
    {
        var hash = grain.GetUniformHashCode();
        return new TableEntity($"{serviceId}_{hash:X8}", $"{grain}-{name}".Replace('/', '_'))
        {
            ["GrainReference"] = grain.ToString(),
            ["ReminderName"] = name,
            ["ServiceId"] = serviceId,
            ["StartAt"] = new DateTimeOffset(startAt, TimeSpan.Zero),
            ["Period"] = period.ToString("c"),
            ["GrainRefConsistentHash"] = hash.ToString("X8"),
        };
    }
}
