using BackaBarnet.Live.GrainInterfaces.Directory;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Extra, made-up professionals for load runs (the benchmarks need hundreds of distinct
/// barnkontakter; the demo directory has a handful). Off unless
/// <c>Auth:DevSignIn:SyntheticProfessionals</c> is above zero, and refused unless the dev sign-in
/// is on too: they are as fictional as the demo people and must never reach a real deployment.
/// </summary>
public static class SyntheticProfessionals
{
    public const string Setting = "Auth:DevSignIn:SyntheticProfessionals";
    public const string IdPrefix = "synthetic-";
    public const int MaxCount = 10_000;

    /// <summary>The id of the n-th synthetic professional (0-based), as the directory lists it.</summary>
    public static string Id(int n) => $"{IdPrefix}{n:D5}";

    public static IReadOnlyList<Professional> From(IConfiguration configuration, DevSignInSettings devSignIn)
    {
        var count = configuration.GetValue(Setting, 0);
        if (count == 0)
        {
            return [];
        }

        if (count is < 0 or > MaxCount)
        {
            throw new InvalidOperationException($"{Setting} must be from 0 to {MaxCount} (was {count}).");
        }

        if (!devSignIn.Enabled)
        {
            throw new InvalidOperationException($"{Setting} is for load runs with the dev sign-in only; set Auth:DevSignIn:Enabled=true or remove it.");
        }

        // School principals: they can be a barnkontakt, which is what the load runs need.
        return [.. Enumerable.Range(0, count).Select(n => Professional.From(new DirectoryPerson(
            Id(n), $"Syntetisk rektor {n}", "Grundskolerektor (syntetisk)", "SchoolOrPreschool", null, [DirectoryRoles.SchoolPrincipal], null, null)))];
    }
}
