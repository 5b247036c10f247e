using BackaBarnet.Live.Web.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackaBarnet.Live.Web.Tests.Logs;

/// <summary>The web log's format: whatever a logged value holds, an entry is its own two lines (plus a stack trace), never more.</summary>
public sealed class EscapingConsoleFormatterTests
{
    [Fact]
    public void ControlCharactersInAMessageAreWrittenEscapedSoNoLineCanBeForged()
    {
        var path = "/barn/\r\ninfo: Forged.Category[0]\n      \u001b[2Jall is well\r";

        var written = Write($"Request path {path}", exception: null);

        Assert.Equal(["info: Test.Category[7]", @"      Request path /barn/\r\ninfo: Forged.Category[0]\n      \u001b[2Jall is well\r"], written.Split('\n')[..^1]);
        Assert.Equal("", written.Split('\n')[^1]);
    }

    [Fact]
    public void AnExceptionKeepsItsStackTraceLinesIndentedAndItsMessageEscaped()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("bad\r\nfail: Forged");
        }
        catch (InvalidOperationException e)
        {
            thrown = e;
        }

        var lines = Write("It failed", thrown).Split('\n')[..^1];

        Assert.Equal("      It failed", lines[1]);
        Assert.StartsWith(@"      System.InvalidOperationException: bad\r\nfail: Forged", lines[2]);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("      ", l));
        Assert.DoesNotContain(lines, l => l.Any(char.IsControl));
    }

    private static string Write(string message, Exception? exception)
    {
        using var writer = new StringWriter();
        new EscapingConsoleFormatter().Write(
            new LogEntry<string>(LogLevel.Information, "Test.Category", new EventId(7), message, exception, (m, _) => m), null, writer);
        return writer.ToString();
    }
}
