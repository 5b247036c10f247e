using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Orleans.Connections.Security;
using Orleans.Hosting;

namespace BackaBarnet.Live.HostingDefaults.Clustering;

/// <summary>
/// Mutual TLS for everything inside the cluster (silo to silo, web node to gateway): each node
/// shows a certificate issued by the cluster's own certificate authority and accepts only peers
/// that do the same. Grains trust the acting person the web node sends, so whoever can talk to a
/// gateway can act as anyone: the certificate is what keeps a stranger on the network out.
/// </summary>
public sealed record ClusterTls(X509Certificate2 Certificate, X509Certificate2 Authority)
{
    public const string Section = "Cluster:Tls";

    /// <summary>
    /// The node's certificate and the cluster's authority from <c>Cluster:Tls:CertificatePath</c>
    /// (PEM with <c>Cluster:Tls:KeyPath</c>, or a PFX), and <c>Cluster:Tls:CaPath</c> (PEM); null when none is set.
    /// </summary>
    public static ClusterTls? From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var (certificatePath, keyPath, caPath) = (section["CertificatePath"], section["KeyPath"], section["CaPath"]);
        if (string.IsNullOrEmpty(certificatePath) && string.IsNullOrEmpty(caPath))
        {
            return null;
        }

        if (string.IsNullOrEmpty(certificatePath) || string.IsNullOrEmpty(caPath))
        {
            throw new InvalidOperationException($"{Section} needs both CertificatePath (this node) and CaPath (the cluster's authority).");
        }

        return new ClusterTls(LoadNodeCertificate(certificatePath, keyPath), X509CertificateLoader.LoadCertificateFromFile(caPath));
    }

    /// <summary>Silo to silo and web node to gateway: a silo presents its certificate both ways and demands one.</summary>
    public ISiloBuilder Secure(ISiloBuilder silo) => silo.UseTls(Certificate, Configure);

    public IClientBuilder Secure(IClientBuilder client) => client.UseTls(Certificate, Configure);

    /// <summary>
    /// True when <paramref name="remote"/> chains to the cluster's authority. The host name is not
    /// checked: pods come and go with new addresses, and only cluster nodes hold certificates from
    /// this authority. The authority itself is refused as a peer (its key never leaves the issuer).
    /// </summary>
    public bool IsIssuedByAuthority(X509Certificate2 remote)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        // A private authority publishes no revocation list; a leaked node certificate is handled by replacing the authority.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(remote)
            && chain.ChainElements.Count >= 2
            && chain.ChainElements[^1].Certificate.RawData.AsSpan().SequenceEqual(Authority.RawData);
    }

    private void Configure(TlsOptions options)
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (certificate, _, _) => IsIssuedByAuthority(certificate);
    }

    private static X509Certificate2 LoadNodeCertificate(string certificatePath, string? keyPath)
    {
        if (certificatePath.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || certificatePath.EndsWith(".p12", StringComparison.OrdinalIgnoreCase))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(certificatePath, password: null);
        }

        return string.IsNullOrEmpty(keyPath)
            ? throw new InvalidOperationException($"{Section}:KeyPath is needed with a PEM certificate ({certificatePath}).")
            : X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
    }
}
