namespace BackaBarnet.Live.Web.Tests;

[CollectionDefinition(Name)]
public sealed class LimitedSystemCollection : ICollectionFixture<LimitedSystem>
{
    public const string Name = "limited system";
}
