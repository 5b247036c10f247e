using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// SignalR's JSON protocol, except that an invocation whose arguments cannot be bound (a word where
/// a GUID or an enum goes, 2.5 or "3" for a number, too few or too many arguments) fails with a
/// coded <c>request.unreadable</c> naming the method and the argument. Binding happens while the
/// message is parsed, before any hub filter runs, and SignalR then answers only "Failed to invoke
/// 'X' due to an error on the server" unless the failure is a HubException: so the failure is
/// replaced here, the one seam SignalR offers. The refused value is never repeated.
/// </summary>
internal sealed class ArgumentNamingHubProtocol(IHubProtocol inner, JsonSerializerOptions payloadOptions) : IHubProtocol
{
    private static readonly Dictionary<string, ParameterInfo[]> Methods = typeof(LiveHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(LiveHub))
        .ToDictionary(m => m.Name, m => m.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).ToArray());

    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var before = input;
        if (!inner.TryParseMessage(ref input, binder, out message))
        {
            return false;
        }

        if (message is InvocationBindingFailureMessage failure && Methods.TryGetValue(failure.Target, out var parameters))
        {
            var (argument, field) = Unreadable(before.Slice(before.Start, input.Start), parameters);
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target, ExceptionDispatchInfo.Capture(
                CodedHubException.Create(
                    ErrorCodes.RequestUnreadable,
                    ErrorCodes.Args(("argument", argument), ("field", field), ("method", failure.Target)),
                    $"{failure.Target} takes ({string.Join(", ", parameters.Select(p => p.Name))}); argument '{field}' could not be read.")));
        }

        return true;
    }

    /// <summary>
    /// Which argument failed: the first one missing or extra, else the first that does not read as
    /// its parameter's type (with the path inside it, e.g. ratings[0].value).
    /// </summary>
    private (string Argument, string Field) Unreadable(ReadOnlySequence<byte> frame, ParameterInfo[] parameters)
    {
        try
        {
            // The JSON protocol ends each message with the record separator 0x1E.
            using var document = JsonDocument.Parse(frame.Slice(0, frame.Length - 1));
            if (!document.RootElement.TryGetProperty("arguments", out var arguments) || arguments.ValueKind != JsonValueKind.Array)
            {
                return Whole();
            }

            var given = arguments.GetArrayLength();
            if (given < parameters.Length)
            {
                return Named(parameters[given].Name!, "");
            }

            if (given > parameters.Length)
            {
                return Whole();
            }

            for (var i = 0; i < given; i++)
            {
                try
                {
                    arguments[i].Deserialize(parameters[i].ParameterType, payloadOptions);
                }
                catch (JsonException e)
                {
                    return Named(parameters[i].Name!, e.Path is { Length: > 1 } path ? path[1..] : "");
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the connection's own parser would have refused it first.
        }

        return Whole();

        static (string, string) Whole() => ("arguments", "arguments");

        static (string, string) Named(string name, string path) => (name, path.StartsWith('.') || path.StartsWith('[') ? name + path : name);
    }
}
