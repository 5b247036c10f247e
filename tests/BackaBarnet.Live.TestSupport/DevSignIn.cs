using System.Net.Http.Headers;
using System.Net.Http.Json;
using BackaBarnet.Live.Web.Endpoints;

namespace BackaBarnet.Live.TestSupport;

/// <summary>Signs in through a web node's dev sign-in, as a browser would.</summary>
public static class DevSignIn
{
    public static async Task<SignedIn> SignInAsync(Uri webNode, string professionalId)
    {
        using var anonymous = new HttpClient { BaseAddress = webNode };
        var response = await anonymous.PostAsJsonAsync("/api/dev/sign-in", new SignInRequest(professionalId));
        response.EnsureSuccessStatusCode();
        var signIn = (await response.Content.ReadFromJsonAsync<SignInResponse>(Json.Options))!;
        var client = new HttpClient { BaseAddress = webNode };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signIn.Token);
        return new SignedIn(professionalId, signIn.Token, client, webNode);
    }
}
