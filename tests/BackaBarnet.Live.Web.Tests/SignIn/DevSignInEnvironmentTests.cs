using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Hosting;

namespace BackaBarnet.Live.Web.Tests.SignIn;

/// <summary>The host builder itself refuses the dev sign-in outside Development (not a comment, not a convention).</summary>
public sealed class DevSignInEnvironmentTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Test")]
    public void TheWebNodeRefusesToStartWithTheDevSignInOutsideDevelopment(string environment)
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            BackaBarnetWebApp.Build([$"--environment={environment}", "--Auth:DevSignIn:Enabled=true"], RepoPaths.Web));

        Assert.Contains("Auth:DevSignIn:Enabled", refused.Message, StringComparison.Ordinal);
        Assert.Contains(environment, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWebNodeBuildsWithTheDevSignInInDevelopment()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), $"bb-env-{Guid.NewGuid():N}.key");
        var app = BackaBarnetWebApp.Build(["--environment=Development", "--Auth:DevSignIn:Enabled=true", $"--Auth:DevSignIn:KeyFile={keyFile}"], RepoPaths.Web);
        ((IDisposable)app).Dispose();
        File.Delete(keyFile);
    }

    [Fact]
    public void AWebNodeWithNoWayToSignInRefusesToStart()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => BackaBarnetWebApp.Build(["--environment=Production"], RepoPaths.Web));

        Assert.Contains("Auth:Oidc:Authority", refused.Message, StringComparison.Ordinal);
    }
}
