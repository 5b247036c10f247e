using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BackaBarnet.Live.Web.Errors;

/// <summary>
/// Turns the model's refusals into ProblemDetails that name the field and the rule. Anything
/// else is not handled here and surfaces as a 500 (and is logged by the framework).
/// </summary>
internal sealed partial class DomainExceptionHandler(IProblemDetailsService problems, ILogger<DomainExceptionHandler> logger) : IExceptionHandler
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
            }.WithCode(rule.Code, rule.Args),
            SessionNotFoundException noSession => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "No such team session.",
                Detail = noSession.Message,
            }.WithCode(ErrorCodes.SessionNotFound),
            ChildNotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "No such child.",
                Detail = notFound.Message,
            }.WithCode(ErrorCodes.AccessNoRoleForChild),
            ChildAlreadyRegisteredException exists => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The child is already registered.",
                Detail = exists.Message,
            }.WithCode(ErrorCodes.ChildAlreadyRegistered),
            DuplicatePersonnummerException duplicate => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "A child with this personnummer is already registered.",
                Detail = duplicate.Message,
                Extensions = { ["existingChildId"] = duplicate.ExistingChildId },
            }.WithCode(ErrorCodes.ChildDuplicatePersonnummer, ErrorCodes.Args(("field", "personnummer"))),
            StateConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The change does not fit the record's current state.",
                Detail = conflict.Rule,
                Extensions = { ["currentVersion"] = conflict.CurrentVersion },
            }.WithCode(conflict.Code, conflict.Args),
            NotPermittedException notPermitted => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "You have no role that allows this.",
                Detail = notPermitted.Rule,
            }.WithCode(notPermitted.Code, notPermitted.Args),
            BadHttpRequestException { InnerException: JsonException json } => UnreadableJson(json),
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = badRequest.Message,
            }.WithCode(badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.RequestUnreadable),
            _ when Unavailability.CodeFor(exception) is { } unavailable => Unavailability.Problem(unavailable),
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // Not a refusal: storage or the cluster failed the caller, which an operator must see.
            LogUnavailable(context.Request.Method, context.GetEndpoint()?.DisplayName ?? "(no endpoint)", exception);
            Unavailability.SetRetryAfter(context.Response);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Endpoint} answered 503: storage or the cluster did not answer in time")]
    private partial void LogUnavailable(string method, string endpoint, Exception exception);

    /// <summary>A body that does not fit the request's shape (a wrong enum name, a bad date): name the JSON path.</summary>
    private static ValidationProblemDetails UnreadableJson(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) ? "body" : json.Path.TrimStart('$', '.');
        return new ValidationProblemDetails(new Dictionary<string, string[]>
        {
            [field.Length == 0 ? "body" : field] = ["has a value that cannot be read as the expected type (see the API description)."],
        })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body could not be read.",
        }.WithCode(ErrorCodes.RequestUnreadable, ErrorCodes.Args(("field", field.Length == 0 ? "body" : field)));
    }
}
