using BackaBarnet.Live.Silo.Storage;

namespace BackaBarnet.Live.Grains.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a/b\\c#d?e", "a_b_c_d_e")]
    [InlineData("tab\there", "tab_here")]
    [InlineData("åäö-ÅÄÖ", "åäö-ÅÄÖ")]
    public void ForbiddenKeyCharactersBecomeUnderscores(string key, string expected) =>
        Assert.Equal(expected, TableKeys.Sanitize(key));

    [Fact]
    public void PartitionKeyIsServiceIdAndGrainId()
    {
        var grainId = GrainId.Create("child", "0123");

        Assert.Equal("svc_child_0123", TableKeys.PartitionKey("svc", grainId));
    }
}
