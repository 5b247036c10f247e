using Microsoft.Extensions.DependencyInjection;
using BackaBarnet.Live.Grains.Identity;
using BackaBarnet.Live.Grains.Professionals;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackaBarnet.Live.Grains.Hosting;

public static class GrainServiceCollectionExtensions
{
    /// <summary>Services the grains depend on, shared by the silo and the test cluster.</summary>
    public static IServiceCollection AddBackaBarnetGrainServices(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(DomainTime.Key, TimeProvider.System);
        services.AddOptions<InboxOptions>();
        services.AddOptions<Children.EscalationOptions>();
        services.AddOptions<Children.MeetingBurdenOptions>();
        services.AddOptions<PersonnummerIndexOptions>();
        services.TryAddSingleton<PersonnummerHasher>();
        services.AddOptions<Mail.MailOptions>().BindConfiguration(Mail.MailOptions.Section);
        services.TryAddSingleton<Mail.IMailSender, Mail.SmtpMailSender>();
        return services;
    }
}
