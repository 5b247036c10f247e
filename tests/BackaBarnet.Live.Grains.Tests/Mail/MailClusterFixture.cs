using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Mail;

/// <summary>
/// A test cluster that sends its e-mail to the run's development SMTP server, with a short
/// notice delay so the tests take seconds. It can be redeployed on the same storage.
/// </summary>
public sealed class MailClusterFixture
{
    /// <summary>Short, but long enough to read a notification (or restart the cluster) before it.</summary>
    public static readonly TimeSpan NoticeDelay = TimeSpan.FromSeconds(4);

    private readonly string serviceId = TestStorage.UniqueServiceId("mail");

    public ClusterFixture Cluster { get; } = new();

    public IGrainFactory Grains => Cluster.Grains;

    public MailInbox Inbox { get; private set; } = null!;

    public async Task StartAsync()
    {
        Inbox = await MailInbox.RunningAsync();
        await Cluster.StartAsync(serviceId, builder =>
        {
            foreach (var (key, value) in Inbox.SiloSettings)
            {
                builder.Properties[key] = value;
            }

            builder.Properties["Mail:NoticeDelay"] = NoticeDelay.ToString();
            builder.Properties["Mail:CheckEvery"] = "00:00:01";
            builder.Properties["Mail:PublicBaseUrl"] = "https://backabarnet.example";
        });
    }

    /// <summary>A professional in the directory with an e-mail address no other test uses.</summary>
    public async Task<(string Id, string Email)> NewProfessionalAsync(string prefix)
    {
        var id = Children.Children.NewProfessionalId(prefix);
        var email = $"{id}@backa.example";
        await Grains.GetGrain<IDirectoryGrain>(0).SaveAsync(
            new DirectoryPerson(id, "Test Testsson", "Förskollärare", "Preschool", "Backa förskola", [DirectoryRoles.Practitioner], email, null));
        return (id, email);
    }
}
