using System.Diagnostics;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// Prints "Barnets plan" to PDF with the Debian chromium the machine already has (no PDF library):
/// the page goes to a private temporary folder, chromium prints it headless, the folder is removed.
/// </summary>
public sealed class FamilyPlanPdf(FamilySettings settings)
{
    private static readonly TimeSpan PrintAtMost = TimeSpan.FromSeconds(60);

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellation)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("bb-plan-");
        try
        {
            var page = Path.Combine(folder.FullName, "plan.html");
            var pdf = Path.Combine(folder.FullName, "plan.pdf");
            await File.WriteAllTextAsync(page, html, cancellation);
            var start = new ProcessStartInfo(settings.ChromiumPath)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {settings.ChromiumPath} to print the plan.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(PrintAtMost);
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            await Task.WhenAll(output, errors);
            return process.ExitCode == 0 && File.Exists(pdf)
                ? await File.ReadAllBytesAsync(pdf, cancellation)
                : throw new InvalidOperationException($"{settings.ChromiumPath} could not print the plan (exit code {process.ExitCode}).");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
