using System.Text;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// Row addressing shared with the official Orleans Azure Table provider, so a deployment can
/// switch providers without migrating rows: partition key <c>{ServiceId}_{GrainId}</c>, row key
/// the state name.
/// </summary>
public static class TableKeys
{
    public static string PartitionKey(string serviceId, GrainId grainId) => Sanitize($"{serviceId}_{grainId}");

    public static string RowKey(string stateName) => Sanitize(stateName);

    /// <summary>
    /// Table keys may not hold <c>/ \ # ?</c> or control characters; they become '_' as in the
    /// official provider. (Control characters would be refused by the service anyway.)
    /// </summary>
    public static string Sanitize(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            builder.Append(c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c);
        }

        return builder.ToString();
    }
}
