using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace BackaBarnet.Live.Web.Hosting;

/// <summary>
/// The web node's console log (the log file of a deployment): one entry is a header line and an
/// indented message, as the default console format has it, except that every control character in
/// what was logged is written escaped (<c>\r</c>, <c>\n</c>, <c>\u001b</c>). A value a caller chose
/// (a URL path with %0D%0A, a terminal escape sequence in a header) can then never start a line of
/// its own or rewrite the terminal: an entry reads as one entry, and no line can be forged.
/// An exception's stack trace keeps its lines, each indented, each escaped the same way.
/// </summary>
public sealed class EscapingConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "backabarnet";

    private const string Padding = "      ";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        var line = new StringBuilder();
        line.Append(LevelOf(logEntry.LogLevel)).Append(": ").Append(Escape(logEntry.Category))
            .Append('[').Append(logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture)).Append(']').Append('\n');
        line.Append(Padding).Append(Escape(message)).Append('\n');
        if (logEntry.Exception is { } exception)
        {
            foreach (var traceLine in MessagesEscaped(exception).Split('\n'))
            {
                line.Append(Padding).Append(Escape(traceLine.TrimEnd('\r'))).Append('\n');
            }
        }

        textWriter.Write(line.ToString());
    }

    /// <summary>
    /// The exception's text with the line breaks of its stack trace kept, but those inside each
    /// message (which may quote what a caller sent) escaped.
    /// </summary>
    private static string MessagesEscaped(Exception exception)
    {
        var text = exception.ToString();
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner.Message.Length > 0)
            {
                text = text.Replace(inner.Message, Escape(inner.Message), StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Control characters as C-style escapes, so what they would do is shown instead of done.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string LevelOf(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
