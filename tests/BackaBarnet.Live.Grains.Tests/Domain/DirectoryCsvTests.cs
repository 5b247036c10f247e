using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Tests.Domain;

public sealed class DirectoryCsvTests
{
    [Fact]
    public void ASemicolonExportWithQuotedCellsAndAnyColumnOrderIsRead()
    {
        var csv = "\uFEFFName;hsaId;title;agencyKind;unit;roles;email;phone\r\n"
            + "\"Holm; Hedda\";SE2321000016-1003;BVC-sjuksköterska;ChildHealth;\"BVC \"\"Backa\"\"\";child-health-nurse|practitioner;h@backa.se;031-11 22 33\r\n";

        var result = DirectoryCsv.Parse(csv);

        Assert.Empty(result.Errors);
        var person = Assert.Single(result.People);
        Assert.Equal(("SE2321000016-1003", "Holm; Hedda", "BVC \"Backa\""), (person.Id, person.Name, person.Unit));
        Assert.Equal(["child-health-nurse", "practitioner"], person.Roles);
    }

    [Fact]
    public void ABadRowIsNamedByItsLineInTheFileEvenAfterACellThatSpansLines()
    {
        var csv = "hsaId,name,title,agencyKind,unit,roles,email,phone\n"
            + "SE2321000016-1001,\"Två\nrader\",Kurator,School,,practitioner,,\n"
            + "SE2321000016-1002,Namn,Kurator,School,,practitioner,inte-en-adress,\n";

        var error = Assert.Single(DirectoryCsv.Parse(csv).Errors);

        Assert.Equal((4, "email", ErrorCodes.FieldEmail), (error.Line, error.Column, error.Code));
    }

    [Fact]
    public void AFileWithoutTheColumnsIsRefusedOnItsFirstLine()
    {
        var error = Assert.Single(DirectoryCsv.Parse("id,namn\nx,y\n").Errors);

        Assert.Equal((1, ErrorCodes.DirectoryCsvHeader), (error.Line, error.Code));
    }

    [Fact]
    public void TheSameHsaIdTwiceIsRefusedOnTheSecondLine()
    {
        var row = "SE2321000016-1001,Namn,Kurator,School,,practitioner,,\n";

        var error = Assert.Single(DirectoryCsv.Parse("hsaId,name,title,agencyKind,unit,roles,email,phone\n" + row + row).Errors);

        Assert.Equal((3, "hsaId", ErrorCodes.DirectoryDuplicateId), (error.Line, error.Column, error.Code));
    }

    [Theory]
    [InlineData("SE2321000016-1003")]
    [InlineData("anna-bvc")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public void HsaIdsAndProviderSubjectsAreProfessionalIds(string id) =>
        Assert.Equal(id, ProfessionalId.Validate("hsaId", id));

    [Fact]
    public void OnlyPractitionerRolesInAnAgencyConsentNamesWorkWithChildren()
    {
        DirectoryPerson Person(string agency, params string[] roles) => new("x", "X", "T", agency, null, roles, null, null);

        Assert.True(DirectoryRoles.IsPractitioner(Person("School", DirectoryRoles.SchoolPrincipal)));
        Assert.False(DirectoryRoles.IsPractitioner(Person("Municipality", DirectoryRoles.Practitioner)));
        Assert.False(DirectoryRoles.IsPractitioner(Person("School", DirectoryRoles.Practitioner, DirectoryRoles.Auditor)));
        Assert.False(DirectoryRoles.IsPractitioner(Person("School", DirectoryRoles.UnitManager)));
        Assert.False(DirectoryRoles.IsPractitioner(Person("School", DirectoryRoles.Practitioner) with { Active = false }));
    }

    /// <summary>One agency vocabulary: the directory names agencies exactly as consents and plan actions do.</summary>
    [Fact]
    public void TheDirectoryNamesAgenciesAsTheAgencyKindsDoPlusTheMunicipality()
    {
        Assert.Equal([.. Enum.GetNames<AgencyKind>(), "Municipality"], DirectoryRoles.Agencies);
        Assert.All(DirectoryRoles.Agencies.Where(a => a != DirectoryRoles.MunicipalityAgency),
            a => Assert.Equal(a, GrainInterfaces.Consents.AgencyKinds.OfDirectoryAgency(a)?.ToString()));
    }

    [Theory]
    [InlineData("School")]
    [InlineData("preschool")]
    [InlineData("SchoolOrPreschool")]
    public void TheOldSchoolWordsInAnImportAreReadAsTheAgencyKind(string agency)
    {
        var csv = "hsaId,name,title,agencyKind,unit,roles,email,phone\n"
            + $"SE2321000016-1001,Namn,Kurator,{agency},,practitioner,,\n";

        var person = Assert.Single(DirectoryCsv.Parse(csv).People);

        Assert.Equal("SchoolOrPreschool", DirectoryRules.Validate(person).Agency);
    }
}
