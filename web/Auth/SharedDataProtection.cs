using System.Security.Cryptography.X509Certificates;
using BackaBarnet.Live.HostingDefaults.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// One key ring for every web node: a cookie written by one node (the session, the provider's
/// sign-in correlation) must be readable by the next node the load balancer picks. By default each
/// process would keep its own keys and a second node would answer 401.
/// </summary>
internal static class SharedDataProtection
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, StorageAccount storage, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("BackaBarnet.Live");
        services.Configure<KeyManagementOptions>(options =>
            options.XmlRepository = new TableKeyRepository(storage.CreateTableServiceClient(StoragePurposes.DataProtection).GetTableClient(storage.DataProtectionTable)));

        // In production the keys are encrypted at rest with a certificate every web node holds (deploy/README.md).
        if (configuration[$"{Section}:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            var keyPath = configuration[$"{Section}:KeyPath"]
                ?? throw new InvalidOperationException($"{Section}:KeyPath is needed with {Section}:CertificatePath (PEM).");
            var certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return services;
    }
}
