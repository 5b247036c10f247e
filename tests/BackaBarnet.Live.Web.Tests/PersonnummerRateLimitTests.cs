using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>
/// Look-up and registration both tell whether a personnummer is known, so they share one budget
/// per professional: running through numbers is refused with a 429 that says when to come back.
/// </summary>
[Collection(LimitedSystemCollection.Name)]
public sealed class PersonnummerRateLimitTests(LimitedSystem system)
{
    [Fact]
    public async Task LookUpAndRegistrationShareOneLimitPerProfessionalAndTheRefusalSaysWhenToComeBack()
    {
        using var principal = await system.SignInAsync("maria-forskola");
        using var nurse = await system.SignInAsync("lena-barnmorska");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LimitedSystem.PersonnummerCallsPerMinute / 2; i++)
        {
            statuses.Add((await principal.Http.PostAsJsonAsync("/api/children", new { displayName = $"Barn {i}", childContactId = "maria-forskola" })).StatusCode);
            statuses.Add((await LookUpAsync(principal)).StatusCode);
        }

        var overLookUp = await LookUpAsync(principal);
        var overRegistration = await principal.Http.PostAsJsonAsync("/api/children", new { displayName = "För många", childContactId = "maria-forskola" });
        var someoneElse = await LookUpAsync(nurse);

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.NotFound, s.ToString()));
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (overLookUp.StatusCode, overRegistration.StatusCode));
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        foreach (var refused in new[] { overLookUp, overRegistration })
        {
            var retryAfter = refused.Headers.RetryAfter?.Delta;
            Assert.NotNull(retryAfter);
            Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("limits.too-many-requests", problem.GetProperty("code").GetString());
        }
    }

    private static Task<HttpResponseMessage> LookUpAsync(SignedIn professional) =>
        professional.Http.PostAsJsonAsync("/api/children/lookup", new { personnummer = TestPersonnummer.AgedYears(3) });
}
