using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Tests.Domain;

public sealed class ChildRulesTests
{
    [Fact]
    public void ValidConcernIsTrimmedAndKept()
    {
        var valid = ChildRules.Validate(new NewConcern("erik-rektor", "  Orolig för Nils  ", [NeedsArea.Safe, NeedsArea.Healthy]));

        Assert.Equal("Orolig för Nils", valid.Text);
        Assert.Equal([NeedsArea.Safe, NeedsArea.Healthy], valid.Areas);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankConcernTextIsRefused(string text) =>
        AssertRefused("text", () => ChildRules.Validate(new NewConcern("erik-rektor", text, [NeedsArea.Safe])));

    [Fact]
    public void ConcernTextOverTheLimitIsRefusedWithTheLimitInTheRule()
    {
        var error = AssertRefused("text", () => ChildRules.Validate(
            new NewConcern("erik-rektor", new string('a', ChildRules.ConcernTextMaxLength + 1), [NeedsArea.Safe])));

        Assert.Contains(ChildRules.ConcernTextMaxLength.ToString(), error.Rule);
    }

    [Fact]
    public void ConcernWithoutAreasIsRefused() =>
        AssertRefused("areas", () => ChildRules.Validate(new NewConcern("erik-rektor", "Orolig", [])));

    [Fact]
    public void ConcernNamingAnAreaTwiceIsRefused() =>
        AssertRefused("areas", () => ChildRules.Validate(new NewConcern("erik-rektor", "Orolig", [NeedsArea.Safe, NeedsArea.Safe])));

    [Fact]
    public void ConcernWithAnUndefinedAreaIsRefused() =>
        AssertRefused("areas", () => ChildRules.Validate(new NewConcern("erik-rektor", "Orolig", [(NeedsArea)8])));

    [Theory]
    [InlineData("")]
    [InlineData("Anna BVC")]
    [InlineData("anna/bvc")]
    [InlineData("ÅSA")]
    public void MalformedProfessionalIdsAreRefused(string id) =>
        AssertRefused("childContactId", () => ChildRules.Validate(new NewChild("Nils", id, "anna-bvc")));

    [Fact]
    public void ChildNameOverTheLimitIsRefused() =>
        AssertRefused("displayName", () => ChildRules.Validate(new NewChild(new string('n', 201), "anna-bvc", "anna-bvc")));

    [Theory]
    [InlineData("Safe", NeedsArea.Safe)]
    [InlineData("caredfor", NeedsArea.CaredFor)]
    [InlineData(" Responsible ", NeedsArea.Responsible)]
    public void AreaNamesParse(string name, NeedsArea expected)
    {
        Assert.True(NeedsAreas.TryParse(name, out var area));
        Assert.Equal(expected, area);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Trygghet")]
    [InlineData("")]
    [InlineData(null)]
    public void NumbersLabelsAndBlanksAreNotAreaNames(string? name) => Assert.False(NeedsAreas.TryParse(name, out _));

    [Fact]
    public void TheCompassHasEightAreasInTheSeedsOrder() =>
        Assert.Equal(
            ["Respected", "Developing", "CaredFor", "Safe", "Healthy", "Leisure", "Belonging", "Responsible"],
            NeedsAreas.All.Select(a => a.ToString()));

    private static DomainRuleException AssertRefused(string field, Action action)
    {
        var error = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Rule));
        return error;
    }
}
