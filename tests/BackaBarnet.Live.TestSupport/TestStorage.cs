namespace BackaBarnet.Live.TestSupport;

/// <summary>The Azurite the test command started for this run.</summary>
public static class TestStorage
{
    public const string Variable = "BACKABARNET_TEST_STORAGE";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./test, which starts a throw-away Azurite and sets it.");

    /// <summary>A fresh base64 secret, for keys the system generates or is given in production.</summary>
    public static string NewSecret() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>A service id no other test run or fixture uses, so rows never collide.</summary>
    public static string UniqueServiceId(string purpose) => $"test-{purpose}-{Guid.NewGuid():N}"[..40];
}
