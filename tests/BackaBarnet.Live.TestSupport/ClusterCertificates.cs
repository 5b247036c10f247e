using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A throw-away certificate authority and one node certificate it issued, written as PEM files in
/// a folder (what deploy/ mounts from a Secret), made with .NET's own certificate APIs so tests
/// need no openssl. Every node of a test cluster shares the one node certificate.
/// </summary>
public sealed record ClusterCertificates(string CaPath, string CertificatePath, string KeyPath)
{
    /// <summary>The files in <paramref name="folder"/>, made on the first call and reused after.</summary>
    public static ClusterCertificates In(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new ClusterCertificates(Path.Combine(folder, "ca.crt"), Path.Combine(folder, "node.crt"), Path.Combine(folder, "node.key"));
        if (File.Exists(files.CaPath) && File.Exists(files.CertificatePath) && File.Exists(files.KeyPath))
        {
            return files;
        }

        using var authority = NewAuthority("BackaBarnet.Live test cluster CA");
        using var node = Issue(authority, "backabarnet-live-node");
        File.WriteAllText(files.KeyPath, node.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(files.CertificatePath, node.ExportCertificatePem());
        File.WriteAllText(files.CaPath, authority.ExportCertificatePem());
        return files;
    }

    /// <summary>The command-line settings that make a silo or web node use these files.</summary>
    public IEnumerable<string> Arguments =>
    [
        $"--Cluster:Tls:CaPath={CaPath}",
        $"--Cluster:Tls:CertificatePath={CertificatePath}",
        $"--Cluster:Tls:KeyPath={KeyPath}",
    ];

    public X509Certificate2 LoadNode() => X509Certificate2.CreateFromPemFile(CertificatePath, KeyPath);

    public X509Certificate2 LoadAuthority() => X509CertificateLoader.LoadCertificateFromFile(CaPath);

    /// <summary>A self-signed authority (with its private key) that may issue node certificates.</summary>
    public static X509Certificate2 NewAuthority(string name)
    {
        // Not disposed: the certificate returned holds this key.
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(30));
    }

    /// <summary>A node certificate from <paramref name="authority"/>, good as TLS server and client (silos are both).</summary>
    public static X509Certificate2 Issue(X509Certificate2 authority, string name)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        // Never past the authority's own end: both read the clock, and within one second of each
        // other the leaf's "30 days from now" can land after the authority's.
        var notAfter = Min(DateTimeOffset.UtcNow.AddDays(30), new DateTimeOffset(authority.NotAfter.ToUniversalTime()));
        using var issued = request.Create(authority, DateTimeOffset.UtcNow.AddMinutes(-5), notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
