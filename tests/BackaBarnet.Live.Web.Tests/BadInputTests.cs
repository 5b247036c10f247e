using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class BadInputTests(LiveSystem system)
{
    public static TheoryData<string?, string?, string> BadChildren => new()
    {
        { null, "anna-bvc", "displayName" },
        { "   ", "anna-bvc", "displayName" },
        { new string('x', ChildRules.DisplayNameMaxLength + 1), "anna-bvc", "displayName" },
        { "Elsa", null, "childContactId" },
        { "Elsa", "nobody-we-know", "childContactId" },
        { "Elsa", "Not An Id!", "childContactId" },
    };

    public static TheoryData<string?, string[]?, string> BadConcerns => new()
    {
        { null, ["Safe"], "text" },
        { "  ", ["Safe"], "text" },
        { new string('x', ChildRules.ConcernTextMaxLength + 1), ["Safe"], "text" },
        { "Orolig", null, "areas" },
        { "Orolig", [], "areas" },
        { "Orolig", ["Safe", "Safe"], "areas" },
        { "Orolig", ["Happiness"], "areas[0]" },
        { "Orolig", ["Safe", "3"], "areas[1]" },
    };

    [Theory]
    [MemberData(nameof(BadChildren))]
    public async Task RegisteringAChildWithBadInputIsRefusedNamingTheField(string? displayName, string? contactId, string field)
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var before = await CaseloadSizeAsync(nurse);

        var response = await nurse.Http.PostAsJsonAsync("/api/children", new { displayName, childContactId = contactId });

        await AssertValidationProblemAsync(response, field);
        Assert.Equal(before, await CaseloadSizeAsync(nurse));
    }

    [Theory]
    [MemberData(nameof(BadConcerns))]
    public async Task RaisingAConcernWithBadInputIsRefusedNamingTheFieldAndChangesNothing(string? text, string[]? areas, string field)
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Frej", "anna-bvc");

        var response = await nurse.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", new { text, areas });

        await AssertValidationProblemAsync(response, field);
        var after = await nurse.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{child.ChildId}", Json.Options);
        Assert.Equal(child.Version, after!.Version);
        Assert.Empty(after.OpenConcerns);
    }

    [Fact]
    public async Task RaisingAConcernAboutAnUnknownChildIsNotFound()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var unknown = Guid.NewGuid();

        var response = await nurse.Http.PostAsJsonAsync($"/api/children/{unknown}/concerns", new { text = "Orolig", areas = new[] { "Safe" } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(unknown.ToString(), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task MalformedJsonIsABadRequest()
    {
        using var nurse = await system.SignInAsync("anna-bvc");

        var response = await nurse.Http.PostAsync("/api/children", new StringContent("{\"displayName\":", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var rules), $"expected an error for '{field}', got {errors}");
        Assert.Contains(rules.EnumerateArray(), r => !string.IsNullOrWhiteSpace(r.GetString()));
    }

    private static async Task<int> CaseloadSizeAsync(SignedIn professional) =>
        (await professional.Http.GetFromJsonAsync<JsonElement[]>("/api/me/children"))!.Length;
}
