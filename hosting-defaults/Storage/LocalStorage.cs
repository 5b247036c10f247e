namespace BackaBarnet.Live.HostingDefaults.Storage;

/// <summary>
/// The default storage for one machine: Azurite's published development account on loopback,
/// shared by the silo (grain state, reminders, membership) and the web node (audit log, gateway
/// list). It is the emulator's well-known key, not a secret; production sets Storage:ConnectionString.
/// </summary>
public static class LocalStorage
{
    public const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    /// <summary>The same account on another port (tests and benchmarks run private Azurites).</summary>
    public static string AzuriteOnPort(int port) => AzuriteConnectionString.Replace("127.0.0.1:10002", $"127.0.0.1:{port}");
}
