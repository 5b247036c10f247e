using BackaBarnet.Live.GrainInterfaces.Domain;
using Microsoft.AspNetCore.Mvc;

namespace BackaBarnet.Live.Web.Errors;

/// <summary>Puts the stable <c>code</c> and its <c>args</c> on a ProblemDetails (see docs: error codes).</summary>
public static class ProblemCodes
{
    public const string CodeKey = "code";
    public const string ArgsKey = "args";

    public static T WithCode<T>(this T problem, string code, IReadOnlyDictionary<string, string>? args = null)
        where T : ProblemDetails
    {
        problem.Extensions[CodeKey] = code;
        problem.Extensions[ArgsKey] = args ?? new Dictionary<string, string>();
        return problem;
    }

    /// <summary>The last step for every problem the node writes: one without an own code gets "http.{status}".</summary>
    public static void EnsureCode(ProblemDetails problem)
    {
        if (!problem.Extensions.ContainsKey(CodeKey))
        {
            problem.WithCode($"{ErrorCodes.HttpPrefix}{problem.Status ?? 500}");
        }
    }
}
