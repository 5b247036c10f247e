using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using BackaBarnet.Live.Web.Endpoints;
using BackaBarnet.Live.Web.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A browser-like client: signed in through the dev sign-in and then holding only the session
/// cookie (no bearer header), as the pages do.
/// </summary>
public sealed class BrowserSession : IDisposable
{
    private BrowserSession(Uri webNode, CookieContainer cookies, HttpClient http)
    {
        WebNode = webNode;
        Cookies = cookies;
        Http = http;
    }

    public Uri WebNode { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    /// <summary>The Set-Cookie header of the sign-in answer, for tests of the cookie's attributes.</summary>
    public string SetCookie { get; private set; } = "";

    public static async Task<BrowserSession> SignInAsync(Uri webNode, string professionalId)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = webNode };
        var response = await http.PostAsJsonAsync("/api/dev/sign-in", new SignInRequest(professionalId));
        await response.EnsureSuccessAsync();
        return new BrowserSession(webNode, cookies, http) { SetCookie = string.Join("\n", response.Headers.GetValues("Set-Cookie")) };
    }

    /// <summary>A hub connection carrying the session cookie and nothing else.</summary>
    public HubConnection BuildConnection() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(WebNode, LiveHub.Path), options =>
            {
                options.Cookies = Cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();

    public void Dispose() => Http.Dispose();
}
