using BackaBarnet.Live.GrainInterfaces.Family;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// Family:ConsentRule (AllGuardians by default: with joint custody the guardians decide together,
/// FB 6:13; AnyGuardian is the alternative) and Family:ChromiumPath, the headless browser that
/// prints "Barnets plan" to PDF.
/// </summary>
public sealed record FamilySettings(FamilyConsentRule ConsentRule, string ChromiumPath)
{
    public static FamilySettings From(IConfiguration configuration) => new(
        configuration.GetValue("Family:ConsentRule", FamilyConsentRule.AllGuardians),
        configuration["Family:ChromiumPath"] ?? "/usr/bin/chromium");
}
