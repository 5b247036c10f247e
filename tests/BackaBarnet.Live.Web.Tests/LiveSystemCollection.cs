using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>One running system shared by the web tests; each test makes its own children.</summary>
[CollectionDefinition(Name)]
public sealed class LiveSystemCollection : ICollectionFixture<LiveSystem>
{
    public const string Name = "live system";
}
