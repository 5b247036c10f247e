using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Directory;

/// <summary>
/// The directory of professionals, maintained by directory administrators: list, add or change,
/// deactivate, and import a municipality's CSV export (with a dry run that changes nothing).
/// </summary>
public static class DirectoryEndpoints
{
    /// <summary>A CSV export of a few thousand people; larger than any other body the API takes.</summary>
    public const long MaxImportBytes = 4 * 1024 * 1024;

    public sealed record PersonRequest(string? Name, string? Title, string? AgencyKind, string? Unit, IReadOnlyList<string>? Roles, string? Email, string? Phone);

    public static void MapDirectoryEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/directory").RequireAuthorization(AuthRoles.DirectoryAdmin).WithTags("Directory");
        group.MapGet("/", (ProfessionalDirectory directory) => TypedResults.Ok(directory.Everyone.OrderBy(p => p.Name).ToArray())).WithName("ListDirectory");
        group.MapPut("/{id}", SaveAsync).WithName("SaveDirectoryPerson");
        group.MapPost("/{id}/deactivate", DeactivateAsync).WithName("DeactivateDirectoryPerson");
        group.MapPost("/import", ImportAsync).WithName("ImportDirectory").Accepts<string>("text/csv");
        routes.MapUnitEndpoints();
    }

    private static async Task<Ok<Professional>> SaveAsync(string id, PersonRequest request, IClusterClient orleans, DirectorySync sync, ILogger<DirectorySync> log, ClaimsPrincipal user)
    {
        var saved = await orleans.GetGrain<IDirectoryGrain>(0).SaveAsync(new DirectoryPerson(
            id, request.Name ?? "", request.Title ?? "", request.AgencyKind ?? "", request.Unit, request.Roles ?? [], request.Email, request.Phone));
        await sync.RefreshAsync();
        DirectoryLog.Saved(log, user.ProfessionalId(), saved.Id);
        return TypedResults.Ok(Professional.From(saved));
    }

    private static async Task<Ok<Professional>> DeactivateAsync(string id, IClusterClient orleans, DirectorySync sync, ILogger<DirectorySync> log, ClaimsPrincipal user)
    {
        var deactivated = await orleans.GetGrain<IDirectoryGrain>(0).DeactivateAsync(id);
        await sync.RefreshAsync();
        DirectoryLog.Deactivated(log, user.ProfessionalId(), deactivated.Id);
        return TypedResults.Ok(Professional.From(deactivated));
    }

    /// <summary>The whole file is checked before anything changes: one bad row refuses the import, naming every bad row.</summary>
    private static async Task<Results<Ok<DirectoryChanges>, ProblemHttpResult>> ImportAsync(
        HttpContext http, bool? dryRun, IClusterClient orleans, DirectorySync sync, ILogger<DirectorySync> log)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxImportBytes;
        }

        using var reader = new StreamReader(http.Request.Body);
        var parsed = DirectoryCsv.Parse(await reader.ReadToEndAsync(http.RequestAborted));
        if (parsed.Errors.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The file has rows that cannot be imported; nothing was changed.",
                detail: string.Join(" ", parsed.Errors.Take(20).Select(e => $"Line {e.Line}, {e.Column}: {e.Message}")),
                extensions: new Dictionary<string, object?>
                {
                    [ProblemCodes.CodeKey] = ErrorCodes.DirectoryImportRows,
                    [ProblemCodes.ArgsKey] = ErrorCodes.Args(("count", parsed.Errors.Count)),
                    ["rows"] = parsed.Errors,
                });
        }

        var changes = await orleans.GetGrain<IDirectoryGrain>(0).ImportAsync(parsed.People, dryRun ?? false);
        if (!changes.DryRun)
        {
            await sync.RefreshAsync();
            DirectoryLog.Imported(log, http.User.ProfessionalId(), changes.Added.Count, changes.Changed.Count, changes.Deactivated.Count);
        }

        return TypedResults.Ok(changes);
    }
}
