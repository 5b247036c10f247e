namespace BackaBarnet.Live.TestSupport;

public static class HttpAnswers
{
    /// <summary>Like EnsureSuccessStatusCode, but a failure carries the answer's body (the problem's code and detail), so a CI log says why.</summary>
    public static async Task<HttpResponseMessage> EnsureSuccessAsync(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode} {response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}",
                null,
                response.StatusCode);
        }

        return response;
    }
}
