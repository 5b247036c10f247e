using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Family;

/// <summary>
/// A guardian signs in with e-identification at the (test) citizen OpenID Provider: the
/// personnummer claim finds their child through the HMAC index; someone no child here knows is
/// turned away. Nothing of the personnummer is kept in the session or said in the logs.
/// </summary>
public sealed class CitizenSignInTests : IClassFixture<CitizenSystem>
{
    private readonly CitizenSystem system;

    public CitizenSignInTests(CitizenSystem system) => this.system = system;

    [Fact]
    public async Task AGuardianLinkedByTheBarnkontaktSignsInWithEIdentificationAndReachesTheirChild()
    {
        using var erik = await system.SignInAsync("erik-rektor");
        var created = await erik.Http.PostAsJsonAsync("/api/children", new
        {
            displayName = "Vilgot", childContactId = "erik-rektor", personnummer = TestPersonnummer.AgedYears(8), guardians = new[] { new { name = "Maja Medborgare" } },
        });
        await created.EnsureSuccessAsync();
        var childId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("childId").GetGuid();
        await (await erik.Http.PostAsJsonAsync($"/api/children/{childId}/guardians/1/identity", new { personnummer = CitizenSystem.CitizenPersonnummer })).EnsureSuccessAsync();

        var (citizen, landing) = await ProviderLogin.SignInAsCitizenAsync(system.BaseAddress, CitizenSystem.Citizen);
        using var _ = citizen;
        var me = await citizen.GetFromJsonAsync<JsonElement>("/api/family/me", Json.Options);

        Assert.Equal("/familj.html", landing.AbsolutePath);
        var child = me.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("childId").GetGuid() == childId);
        Assert.Equal("Guardian", child.GetProperty("relation").GetString());
        Assert.Equal(1, child.GetProperty("guardianNumber").GetInt32());
        Assert.DoesNotContain(CitizenSystem.CitizenPersonnummer, me.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(system.Logs.SelectMany(l => l.Lines), line => line.Contains(CitizenSystem.CitizenPersonnummer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACitizenNoChildHereKnowsIsTurnedAway()
    {
        var (citizen, landing) = await ProviderLogin.SignInAsCitizenAsync(system.BaseAddress, CitizenSystem.Stranger);
        using var _ = citizen;

        var me = await citizen.GetAsync("/api/family/me");

        Assert.Equal("inloggning=misslyckades", landing.Query.TrimStart('?'));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}
