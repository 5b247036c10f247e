using BackaBarnet.Live.HostingDefaults.Clustering;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Configuration;

namespace BackaBarnet.Live.Grains.Tests.Hosting;

/// <summary>How a node reads its cluster certificates, and that a real cluster cannot start without them.</summary>
public sealed class ClusterTlsSettingsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"bb-tls-{Guid.NewGuid():N}");

    [Fact]
    public void ANodeInAzureTableModeWithoutCertificatesRefusesToStart()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ClusterMembership.From(Settings(("Clustering:Mode", "AzureTable"))));

        Assert.Contains("Cluster:Tls", refused.Message);
    }

    [Fact]
    public void ANodeInLocalhostModeMayRunWithoutCertificates() =>
        Assert.Null(ClusterMembership.From(Settings(("Clustering:Mode", "Localhost"))).Tls);

    [Fact]
    public void ANodeReadsItsCertificateAndTheClusterAuthorityFromPemFiles()
    {
        var files = ClusterCertificates.In(folder);

        var membership = ClusterMembership.From(Settings(
            ("Clustering:Mode", "AzureTable"),
            ("Cluster:Tls:CaPath", files.CaPath),
            ("Cluster:Tls:CertificatePath", files.CertificatePath),
            ("Cluster:Tls:KeyPath", files.KeyPath)));

        Assert.NotNull(membership.Tls);
        Assert.True(membership.Tls.Certificate.HasPrivateKey);
        Assert.True(membership.Tls.IsIssuedByAuthority(files.LoadNode()));
    }

    [Fact]
    public void OnlyCertificatesFromTheClusterAuthorityAreTrusted()
    {
        var files = ClusterCertificates.In(folder);
        var tls = new ClusterTls(files.LoadNode(), files.LoadAuthority());
        using var stranger = ClusterCertificates.NewAuthority("Some other CA");

        Assert.False(tls.IsIssuedByAuthority(ClusterCertificates.Issue(stranger, "backabarnet-live-node")));
        // The authority's own certificate is no node's: a peer showing it is refused.
        Assert.False(tls.IsIssuedByAuthority(files.LoadAuthority()));
        Assert.True(tls.IsIssuedByAuthority(files.LoadNode()));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
