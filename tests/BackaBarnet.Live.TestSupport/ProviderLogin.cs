using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// Uses the provider's own login form over plain HTTP, as a browser would: for API tests that need
/// a provider session (the web node's cookie) or a provider-issued access token (for bearer use).
/// </summary>
public static partial class ProviderLogin
{
    /// <summary>A client with its own cookie jar that follows redirects, signed in at the web node through the provider.</summary>
    public static async Task<HttpClient> SignInToWebAsync(Uri webNode, string subject, CookieContainer? cookies = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = webNode };
        var form = await client.GetAsync("/auth/sign-in?returnUrl=%2F");
        var landed = await PostLoginAsync(client, form, subject);
        if (landed.RequestMessage!.RequestUri!.Authority != webNode.Authority)
        {
            throw new InvalidOperationException($"The sign-in ended at {landed.RequestMessage.RequestUri}, not at the web node.");
        }

        LastLanding = landed.RequestMessage.RequestUri;
        return client;
    }

    /// <summary>A family member's phone signing in with e-identification: the citizen provider's login, then back at familj.html.</summary>
    public static async Task<(HttpClient Client, Uri Landing)> SignInAsCitizenAsync(Uri webNode, string subject)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = webNode };
        var form = await client.GetAsync("/auth/familj/sign-in");
        var landed = await PostLoginAsync(client, form, subject);
        return (client, landed.RequestMessage!.RequestUri!);
    }

    /// <summary>Where the last <see cref="SignInToWebAsync"/> ended (the start page, or the start page saying the sign-in failed).</summary>
    public static Uri? LastLanding { get; private set; }

    /// <summary>Signs out at the web node and confirms on the provider's own sign-out page; returns where the browser ends.</summary>
    public static async Task<Uri> SignOutAsync(HttpClient client)
    {
        var confirm = await client.PostAsync("/auth/sign-out", null);
        var html = await confirm.Content.ReadAsStringAsync();
        var action = FormAction().Match(html);
        var xsrf = Regex.Match(html, "name=\"xsrf\" value=\"([^\"]+)\"");
        if (!action.Success || !xsrf.Success)
        {
            throw new InvalidOperationException($"No sign-out form at {confirm.RequestMessage?.RequestUri}.");
        }

        var done = await client.PostAsync(new Uri(confirm.RequestMessage!.RequestUri!, WebUtility.HtmlDecode(action.Groups[1].Value)), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["xsrf"] = xsrf.Groups[1].Value, ["logout"] = "yes" }));
        return done.RequestMessage!.RequestUri!;
    }

    /// <summary>Whether the provider would ask this client's person to log in again (its own session is gone).</summary>
    public static async Task<bool> ProviderAsksForLoginAsync(HttpClient client) =>
        (await (await client.GetAsync("/auth/sign-in?returnUrl=%2F")).Content.ReadAsStringAsync()).Contains("name=\"login\"", StringComparison.Ordinal);

    /// <summary>An access token for <paramref name="subject"/>, through the authorization code flow with PKCE as the web node's client.</summary>
    public static async Task<string> AccessTokenAsync(Uri issuer, string subject)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        const string redirect = "http://127.0.0.1:9/auth/callback";
        var authorize = new Uri(issuer, $"/auth?client_id={OidcTestProvider.ClientId}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(redirect)}"
            + $"&code_challenge={challenge}&code_challenge_method=S256&state=s&nonce=n");
        var response = await FollowAsync(client, await client.GetAsync(authorize), stopAt: redirect);
        response = await FollowAsync(client, await PostLoginAsync(client, response, subject), stopAt: redirect);
        var code = Regex.Match(response.Headers.Location!.ToString(), "[?&]code=([^&]+)").Groups[1].Value;
        var token = await client.PostAsync(new Uri(issuer, "/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = Uri.UnescapeDataString(code), ["redirect_uri"] = redirect, ["code_verifier"] = verifier,
            ["client_id"] = OidcTestProvider.ClientId, ["client_secret"] = OidcTestProvider.ClientSecret,
        }));
        var body = await token.Content.ReadAsStringAsync();
        if (!token.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The provider refused the code: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Fills the provider's login form (login = the subject, any password) and sends it.</summary>
    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, HttpResponseMessage form, string subject)
    {
        var html = await form.Content.ReadAsStringAsync();
        var action = FormAction().Match(html);
        if (!action.Success)
        {
            throw new InvalidOperationException($"No login form at {form.RequestMessage?.RequestUri}: {html[..Math.Min(html.Length, 300)]}");
        }

        var target = new Uri(form.RequestMessage!.RequestUri!, WebUtility.HtmlDecode(action.Groups[1].Value));
        return await client.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["prompt"] = "login", ["login"] = subject, ["password"] = "test",
        }));
    }

    /// <summary>Follows redirects by hand (for the client that must stop at the callback and read the code).</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, HttpResponseMessage response, string stopAt)
    {
        for (var hops = 0; hops < 10 && response.Headers.Location is { } next; hops++)
        {
            var target = next.IsAbsoluteUri ? next : new Uri(response.RequestMessage!.RequestUri!, next);
            if (target.ToString().StartsWith(stopAt, StringComparison.Ordinal))
            {
                return response;
            }

            response = await client.GetAsync(target);
        }

        return response;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();
}
