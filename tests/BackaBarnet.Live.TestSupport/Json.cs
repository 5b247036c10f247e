using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackaBarnet.Live.TestSupport;

/// <summary>The JSON conventions of the API: web defaults with enums as names.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
