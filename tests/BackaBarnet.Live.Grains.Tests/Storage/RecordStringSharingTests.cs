using BackaBarnet.Live.Silo.Storage;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>Why the grain storage serializer is wrapped: a record's repeated strings cost memory once, not each time.</summary>
[Collection(StorageSiloCollection.Name)]
public sealed class RecordStringSharingTests(StorageSilo provider)
{
    [Fact]
    public async Task EqualStringsOfOneRecordAreReadAsOneInstance()
    {
        var grain = StorageSilo.NewGrain();
        await provider.Storage.WriteStateAsync("crowd", grain, new GrainState<Crowd>(Crowd.Repeating("synthetic-00000")));

        var read = (await provider.ReadAsync<Crowd>(grain, "crowd")).State!;

        Assert.Equal(["synthetic-00000", "synthetic-00000", "synthetic-00000"], read.ActorIds);
        Assert.Same(read.ActorIds[0], read.ActorIds[1]);
        Assert.Same(read.ActorIds[0], read.ActorIds[2]);
        Assert.Same(read.ActorIds[0], read.LastActor);
        Assert.Equal(new DateOnly(2027, 1, 4), read.DueByName["action:first"]);
    }

    [Fact]
    public void TheOfficialSerializerAloneReadsEveryOccurrenceAsAStringOfItsOwn()
    {
        var official = new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));

        var read = official.Deserialize<Crowd>(official.Serialize(Crowd.Repeating("synthetic-00000")))!;

        Assert.NotSame(read.ActorIds[0], read.ActorIds[1]);
    }

    [Fact]
    public async Task TwoRecordsShareNothingSoNoChildsTextOutlivesItsActivation()
    {
        var (first, second) = (StorageSilo.NewGrain(), StorageSilo.NewGrain());
        await provider.Storage.WriteStateAsync("crowd", first, new GrainState<Crowd>(Crowd.Repeating("Skalbarn")));
        await provider.Storage.WriteStateAsync("crowd", second, new GrainState<Crowd>(Crowd.Repeating("Skalbarn")));

        var one = (await provider.ReadAsync<Crowd>(first, "crowd")).State!;
        var other = (await provider.ReadAsync<Crowd>(second, "crowd")).State!;

        Assert.Equal(one.LastActor, other.LastActor);
        Assert.NotSame(one.LastActor, other.LastActor);
    }

    [Fact]
    public void TheSiloReadsGrainStateThroughTheSharingSerializer() =>
        Assert.IsType<RecordStringSharing>(provider.Serializer);

    /// <summary>A record that repeats one string, as a child's record repeats its people's ids.</summary>
    public sealed class Crowd
    {
        public List<string> ActorIds { get; set; } = [];

        public string LastActor { get; set; } = "";

        public string? Nobody { get; set; }

        public Dictionary<string, DateOnly> DueByName { get; set; } = [];

        public static Crowd Repeating(string actor) => new()
        {
            ActorIds = [actor, new string(actor.AsSpan()), new string(actor.AsSpan())],
            LastActor = new string(actor.AsSpan()),
            DueByName = { ["action:first"] = new DateOnly(2027, 1, 4) },
        };
    }
}
