using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.Web.Operations;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Keeps this node's <see cref="ProfessionalDirectory"/> in step with the directory grain and signs
/// out people who were deactivated: their hub connections on this node are closed at once, and
/// their tokens and cookies are refused from then on (they are no longer found). It asks the grain
/// for its version twice a second: one tiny call per node, and a deactivation reaches every node
/// well within the 2 s the product promises, with no observer to keep alive across silo restarts.
/// Into a directory that was never written it first loads its seed: the demo people in Development,
/// elsewhere the first directory administrator named by <see cref="FirstAdministratorSetting"/>
/// (someone must be able to sign in and import the staff).
/// </summary>
public sealed partial class DirectorySync(
    IClusterClient orleans, ProfessionalDirectory directory, ConnectionDrain connections, IHostEnvironment environment, IConfiguration configuration,
    ILogger<DirectorySync> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public const string FirstAdministratorSetting = "Directory:FirstAdministrator";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first load before the node takes requests, so nobody is refused for an empty copy.
        try
        {
            await LoadAsync(seed: true);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogLoadFailed(failure);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await orleans.GetGrain<IDirectoryGrain>(0).GetVersionAsync() != directory.Version)
                {
                    await LoadAsync(seed: false);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogLoadFailed(failure);
            }
        }
    }

    /// <summary>Reloads now, after this node changed the directory, so its next request already sees the change.</summary>
    public Task RefreshAsync() => LoadAsync(seed: false);

    private async Task LoadAsync(bool seed)
    {
        var grain = orleans.GetGrain<IDirectoryGrain>(0);
        if (seed && Seed() is { Count: > 0 } people)
        {
            await grain.SeedAsync(people);
        }

        foreach (var id in directory.Replace(await grain.GetAsync()))
        {
            connections.CloseFor(id);
        }
    }

    private IReadOnlyList<DirectoryPerson> Seed()
    {
        if (environment.IsDevelopment())
        {
            return DemoPeople.All;
        }

        var first = configuration.GetSection(FirstAdministratorSetting);
        return first["HsaId"] is { Length: > 0 } id
            ? [new DirectoryPerson(id, first["Name"] ?? "Katalogadministratör", "Katalogadministratör", "Municipality", null, [DirectoryRoles.DirectoryAdmin], null, null)]
            : [];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the directory of professionals; trying again.")]
    private partial void LogLoadFailed(Exception failure);
}
