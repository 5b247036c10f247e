using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Evaluation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Pilot statistics for the evaluator: protected aggregates only (no child ids, names,
/// personnummer or free text), as JSON or CSV, with the data dictionary. Ops may rebuild them.
/// </summary>
public static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/statistics").WithTags("Pilot statistics");
        group.MapGet("/pilot", async ([AsParameters] StatisticsRequest request, [AsParameters] Services services) =>
            TypedResults.Ok(await services.GetAsync(request)))
            .RequireAuthorization(AuthRoles.Evaluator).WithName("PilotStatistics");
        group.MapGet("/pilot.csv", async ([AsParameters] StatisticsRequest request, [AsParameters] Services services) =>
            TypedResults.Text(StatisticsCsv.Write(await services.GetAsync(request)), "text/csv; charset=utf-8"))
            .RequireAuthorization(AuthRoles.Evaluator).WithName("PilotStatisticsCsv");
        group.MapGet("/dictionary", () => TypedResults.Ok(new
            {
                columns = DataDictionary.Columns,
                measures = DataDictionary.MeasureEntries,
                statistics = DataDictionary.StatisticEntries,
                minimumCellSize = SmallCellSuppression.MinimumCellSize,
            }))
            .RequireAuthorization(AuthRoles.Evaluator).WithName("StatisticsDictionary");
        group.MapPost("/rebuild", async (IClusterClient orleans) =>
            TypedResults.Ok(new RebuildResult(await orleans.GetGrain<IPilotStatisticsGrain>(0).RebuildAsync())))
            .RequireAuthorization(AuthRoles.Ops).WithName("RebuildStatistics");
    }

    public sealed record RebuildResult(int Children);

    /// <summary>What every statistics read needs, bound with [AsParameters].</summary>
    public readonly record struct Services(IClusterClient Orleans, ProfessionalDirectory Directory, TimeProvider Time, AuditTrail Audit, ClaimsPrincipal User)
    {
        /// <summary>Aggregates only, but drawn from every child's record: each query is audited (who, which unit, that it was answered).</summary>
        public async Task<PilotStatistics> GetAsync(StatisticsRequest request)
        {
            var statistics = await Orleans.GetGrain<IPilotStatisticsGrain>(0).GetAsync(request.ToQuery(Directory, Time));
            await Audit.AccessedAsync(User, "queried the pilot statistics", "as evaluator, aggregates only");
            return statistics;
        }
    }
}
