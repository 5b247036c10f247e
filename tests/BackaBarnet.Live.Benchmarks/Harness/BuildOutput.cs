using System.Reflection;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>
/// Where the hosts' dlls are: the same configuration this program was built in (./bench: Release;
/// the smoke tests under ./test: Debug).
/// </summary>
public static class BuildOutput
{
    public static string Configuration { get; } =
        typeof(BuildOutput).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string Silo => Dll("silo", "BackaBarnet.Live.Silo");

    public static string Web => Dll("web", "BackaBarnet.Live.Web");

    public static string Peer => Dll(Path.Combine("tests", "BackaBarnet.Live.Benchmarks.Peer"), "BackaBarnet.Live.Benchmarks.Peer");

    public static string RawHub => Dll(Path.Combine("tests", "BackaBarnet.Live.Benchmarks.RawHub"), "BackaBarnet.Live.Benchmarks.RawHub");

    private static string Dll(string projectFolder, string assembly) =>
        Path.Combine(RepoPaths.Root, projectFolder, "bin", Configuration, "net10.0", $"{assembly}.dll");
}
