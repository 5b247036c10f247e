using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// The development SMTP server of the tests (npm maildev) and what arrived in it, read through
/// its REST API. ./test starts one for the run and names it in BACKABARNET_TEST_SMTP
/// ("SMTP_PORT,WEB_PORT" on 127.0.0.1); run by hand without it, the first test that needs it
/// starts one on free ports and it stops with the test process.
/// </summary>
public sealed class MailInbox
{
    public const string Variable = "BACKABARNET_TEST_SMTP";

    private static readonly Lazy<Task<MailInbox>> Started = new(StartAsync);

    private readonly HttpClient api;

    private MailInbox(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/") };
    }

    public static Task<MailInbox> RunningAsync() => Started.Value;

    public string SmtpHost => "127.0.0.1";

    public int SmtpPort { get; }

    /// <summary>The silo settings that send the system's mail here.</summary>
    public IReadOnlyDictionary<string, string> SiloSettings => new Dictionary<string, string>
    {
        ["Mail:SmtpHost"] = SmtpHost,
        ["Mail:SmtpPort"] = SmtpPort.ToString(),
    };

    /// <summary>Everything that has arrived for <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ForAsync(string address)
    {
        var all = await api.GetFromJsonAsync<ReceivedMail[]>("api/email") ?? [];
        return all.Where(m => m.To.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase))).ToArray();
    }

    /// <summary>Waits until at least <paramref name="count"/> mails have arrived for the address, and returns them all.</summary>
    public Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, int count, TimeSpan timeout) =>
        Eventually.ReturnsAsync(async () => await ForAsync(address) is { } mails && mails.Count >= count ? mails : null, timeout, $"{count} e-mail(s) to {address}");

    /// <summary>Waits until a mail for the address that <paramref name="matches"/> has arrived, and returns every mail for it then.</summary>
    public Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, Func<ReceivedMail, bool> matches, TimeSpan timeout, string what) =>
        Eventually.ReturnsAsync(async () => await ForAsync(address) is { } mails && mails.Any(matches) ? mails : null, timeout, $"{what} to {address}");

    /// <summary>The bytes of one attachment, as the receiving mail client gets them.</summary>
    public async Task<string> AttachmentTextAsync(ReceivedMail mail, ReceivedAttachment attachment) =>
        await api.GetStringAsync($"api/email/{mail.Id}/attachment/{Uri.EscapeDataString(attachment.GeneratedFileName)}");

    private static async Task<MailInbox> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            var ports = given.Split(',');
            return new MailInbox(int.Parse(ports[0]), int.Parse(ports[1]));
        }

        var (smtp, web) = (FreePort.Next(), FreePort.Next());
        var folder = Directory.CreateTempSubdirectory("bb-maildev-").FullName;
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "node_modules", ".bin", "maildev"),
            ["--smtp", smtp.ToString(), "--ip", "127.0.0.1", "--web", web.ToString(), "--web-ip", "127.0.0.1", "--mail-directory", folder])
        {
            WorkingDirectory = RepoPaths.Root,
        };
        var server = ServerProcess.Start("maildev", start, logFolder: null);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.KillAsync().GetAwaiter().GetResult();
        await server.WaitUntilOkAsync(new Uri($"http://127.0.0.1:{web}/api/healthz"), ServerProcess.StartTimeout);
        await server.WaitUntilListeningAsync(smtp, ServerProcess.StartTimeout);
        return new MailInbox(smtp, web);
    }
}

/// <summary>One e-mail as maildev's API returns it.</summary>
public sealed record ReceivedMail(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("to")] IReadOnlyList<MailAddress> To,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Headers,
    [property: JsonPropertyName("attachments")] IReadOnlyList<ReceivedAttachment>? Attachments)
{
    public string MessageId => Headers?.TryGetValue("message-id", out var id) == true ? id.ToString() : "";

    /// <summary>Whether the system sent this for the notification (its Message-ID carries the notification id).</summary>
    public bool IsFor(Guid notificationId) => MessageId.Contains(notificationId.ToString("N"), StringComparison.Ordinal);
}

public sealed record MailAddress([property: JsonPropertyName("address")] string Address);

public sealed record ReceivedAttachment(
    [property: JsonPropertyName("filename")] string FileName,
    [property: JsonPropertyName("generatedFileName")] string GeneratedFileName,
    [property: JsonPropertyName("contentType")] string ContentType);
