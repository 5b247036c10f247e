using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// The official grain storage serializer, with the equal strings of one record read as one instance.
/// A child's record names the same few people and kinds of event many times over (its chronology,
/// concerns and plan each carry the actor's id and a kind), and System.Text.Json reads every
/// occurrence as a string of its own: in the scale run's realistic record, one barnkontakt's id was
/// held 21 times, and strings were 5.1 KB of the 12.1 KB an active child holds (issue 21).
/// Sharing stays within one record, so no shared pool keeps a child's text after its activation is gone.
/// </summary>
public sealed class RecordStringSharing(IGrainStorageSerializer official) : IGrainStorageSerializer
{
    /// <summary>Longer strings are free text, which seldom repeats; hashing them would cost for nothing.</summary>
    private const int LongestShared = 80;

    /// <summary>The record being read on this thread (reading one is synchronous), or null outside one.</summary>
    [ThreadStatic]
    private static Dictionary<string, string>? reading;

    public BinaryData Serialize<T>(T? input) => official.Serialize(input);

    public T? Deserialize<T>(BinaryData input)
    {
        var outer = reading;
        reading = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            return official.Deserialize<T>(input);
        }
        finally
        {
            reading = outer;
        }
    }

    /// <summary>The instance already read for an equal string in this record, or this one.</summary>
    private static string Shared(string value)
    {
        if (reading is not { } strings || value.Length > LongestShared)
        {
            return value;
        }

        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(strings, value, out var seen);
        if (!seen)
        {
            first = value;
        }

        return first!;
    }

    /// <summary>Strings as System.Text.Json reads and writes them, shared within the record being read.</summary>
    public sealed class Converter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Shared(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
