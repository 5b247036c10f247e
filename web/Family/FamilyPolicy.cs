using Microsoft.AspNetCore.Authorization;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// Family members and professionals never share a door: every professional endpoint and the
/// professionals' hub use the default policy, which turns a family session away; the family's
/// endpoints and hub ask for <see cref="Name"/>.
/// </summary>
public static class FamilyPolicy
{
    public const string Name = "family";

    public static AuthorizationPolicy Professionals { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => !context.User.IsFamily())
        .Build();

    public static AuthorizationPolicy Family { get; } = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => context.User.IsFamily())
        .Build();
}
