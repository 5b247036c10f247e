using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Directory;

internal sealed class DirectoryGrain(
    [PersistentState("directory", StorageNames.Records)] IPersistentState<DirectoryState> state) : Grain, IDirectoryGrain
{
    public Task<DirectorySnapshot> GetAsync() =>
        Task.FromResult(new DirectorySnapshot(state.State.Version, [.. state.State.People.Values.OrderBy(p => p.Id, StringComparer.Ordinal)]));

    public Task<IReadOnlyList<DirectoryPerson>> GetUnitOfAsync(string professionalId) =>
        Task.FromResult<IReadOnlyList<DirectoryPerson>>(state.State.People.TryGetValue(professionalId ?? "", out var person) && person.Unit is { Length: > 0 }
            ? [.. state.State.People.Values.Where(p => p.Unit == person.Unit && p.Agency == person.Agency).OrderBy(p => p.Id, StringComparer.Ordinal)]
            : person is null ? [] : [person]);

    public Task<IReadOnlyList<DirectoryPerson>> GetHoldersAsync(AgencyKind agency, string role) =>
        Task.FromResult<IReadOnlyList<DirectoryPerson>>(
            [.. state.State.People.Values.Where(p => p.Active && p.Roles.Contains(role) && AgencyKinds.OfDirectoryAgency(p.Agency) == agency).OrderBy(p => p.Id, StringComparer.Ordinal)]);

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);

    public async Task<DirectoryPerson> SaveAsync(DirectoryPerson person)
    {
        var valid = DirectoryRules.Validate(person);
        if (state.State.People.TryGetValue(valid.Id, out var current) && current.SameAs(valid))
        {
            return current;
        }

        state.State.People[valid.Id] = valid;
        await CommitAsync();
        return valid;
    }

    public async Task<DirectoryPerson> DeactivateAsync(string id)
    {
        if (!state.State.People.TryGetValue(id ?? "", out var current))
        {
            throw new DomainRuleException("hsaId", $"'{id}' is not in the directory.", ErrorCodes.DirectoryNotFound);
        }

        if (!current.Active)
        {
            return current;
        }

        var deactivated = current with { Active = false };
        state.State.People[current.Id] = deactivated;
        await CommitAsync();
        return deactivated;
    }

    public async Task<DirectoryChanges> ImportAsync(IReadOnlyList<DirectoryPerson> people, bool dryRun)
    {
        var rows = people.Select(DirectoryRules.Validate).ToList();
        var incoming = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (incoming.Count != rows.Count)
        {
            throw new DomainRuleException("hsaId", "An import names each person once.", ErrorCodes.DirectoryDuplicateId);
        }

        var added = new List<string>();
        var changed = new List<string>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            if (!state.State.People.TryGetValue(row.Id, out var current))
            {
                added.Add(row.Id);
            }
            else if (current.SameAs(row))
            {
                unchanged++;
            }
            else
            {
                changed.Add(row.Id);
            }
        }

        var deactivated = state.State.People.Values.Where(p => p.Active && !incoming.Contains(p.Id)).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        if (!dryRun && (added.Count > 0 || changed.Count > 0 || deactivated.Count > 0))
        {
            foreach (var row in rows)
            {
                state.State.People[row.Id] = row;
            }

            foreach (var id in deactivated)
            {
                state.State.People[id] = state.State.People[id] with { Active = false };
            }

            await CommitAsync();
        }

        return new DirectoryChanges(dryRun, state.State.Version, added, changed, deactivated, unchanged);
    }

    public async Task<long> SeedAsync(IReadOnlyList<DirectoryPerson> people)
    {
        if (state.State.Version == 0 && people.Count > 0)
        {
            foreach (var person in people.Select(DirectoryRules.Validate))
            {
                state.State.People[person.Id] = person;
            }

            await CommitAsync();
        }

        return state.State.Version;
    }

    private async Task CommitAsync()
    {
        state.State.Version++;
        await state.WriteOrDeactivateAsync(this);
    }
}
