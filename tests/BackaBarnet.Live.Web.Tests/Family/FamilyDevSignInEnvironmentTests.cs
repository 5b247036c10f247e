using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Hosting;
using Microsoft.AspNetCore.Routing;

namespace BackaBarnet.Live.Web.Tests.Family;

/// <summary>The family dev sign-in lets anyone be any child's guardian: it exists in Development only.</summary>
public sealed class FamilyDevSignInEnvironmentTests
{
    private const string Route = "/api/dev/family/sign-in";

    [Fact]
    public void OutsideDevelopmentTheFamilyDevSignInDoesNotExist()
    {
        var app = BackaBarnetWebApp.Build(
            ["--environment=Production", "--Auth:Oidc:Authority=https://idp.example", "--Auth:CitizenOidc:Authority=https://eid.example"], RepoPaths.Web);

        var routes = Routes(app);
        ((IDisposable)app).Dispose();

        Assert.Contains("/api/family/me", routes);
        Assert.DoesNotContain(Route, routes);
    }

    [Fact]
    public void InDevelopmentWithTheDevSignInTheFamilyDevSignInExists()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), $"bb-env-{Guid.NewGuid():N}.key");
        var app = BackaBarnetWebApp.Build(["--environment=Development", "--Auth:DevSignIn:Enabled=true", $"--Auth:DevSignIn:KeyFile={keyFile}"], RepoPaths.Web);

        var routes = Routes(app);
        ((IDisposable)app).Dispose();
        File.Delete(keyFile);

        Assert.Contains(Route, routes);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void AWebNodeAskedForTheDevSignInOutsideDevelopmentRefusesToStart(string environment)
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            BackaBarnetWebApp.Build([$"--environment={environment}", "--Auth:DevSignIn:Enabled=true", "--Auth:CitizenOidc:Authority=https://eid.example"], RepoPaths.Web));

        Assert.Contains("Auth:DevSignIn:Enabled", refused.Message, StringComparison.Ordinal);
    }

    private static string[] Routes(IEndpointRouteBuilder app) =>
        app.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/')).ToArray();
}
