namespace BackaBarnet.Live.TestSupport;

/// <summary>A live system whose families sign in at the test OpenID Provider as citizens (Auth:CitizenOidc), with a personnummer claim.</summary>
public class CitizenSystem : LiveSystem
{
    /// <summary>The provider's citizen whose personnummer the tests link as a guardian.</summary>
    public const string Citizen = "medborgare-1";

    public const string CitizenPersonnummer = "19850101-2382";

    /// <summary>A citizen no child here knows.</summary>
    public const string Stranger = "medborgare-2";

    protected override string[] WebSettings =>
    [
        .. base.WebSettings,
        $"--Auth:CitizenOidc:Authority={Issuer}",
        $"--Auth:CitizenOidc:ClientId={OidcTestProvider.ClientId}",
        $"--Auth:CitizenOidc:ClientSecret={OidcTestProvider.ClientSecret}",
        "--Auth:CitizenOidc:Scopes=openid personnummer",
    ];
}
