using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BackaBarnet.Live.Web.Errors;

/// <summary>
/// Turns the model's refusals into ProblemDetails that name the field and the rule. Anything
/// else is not handled here and surfaces as a 500 (and is logged by the framework).
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            DomainRuleException rule => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [rule.Field] = [rule.Rule] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request breaks a rule.",
                Detail = rule.Message,
            },
            ChildNotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "No such child.",
                Detail = notFound.Message,
            },
            ChildAlreadyRegisteredException exists => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The child is already registered.",
                Detail = exists.Message,
            },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
