using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Plans;

public static class PlanRules
{
    public const int WhatMaxLength = 500;
    public const int TextMaxLength = 4000;
    public const int MaxGoals = 20;

    public const string NeedsSupportCoordinator =
        "Actions come from more than one agency: the plan must name a stödsamordnare (support coordinator).";

    public static PlanActionInput Validate(PlanActionInput? action)
    {
        if (action is null)
        {
            throw new DomainRuleException("action", "is required.", ErrorCodes.FieldRequired);
        }

        var responsible = action.ResponsibleId is null ? null : ProfessionalId.Validate("responsibleId", action.ResponsibleId);
        if (action.Start is { } start && action.Due is { } due && due < start)
        {
            throw new DomainRuleException("due", "must not be before start.", ErrorCodes.FieldBeforeOther, ErrorCodes.Args(("other", "start")));
        }

        return action with
        {
            What = RequiredText.Validate("what", action.What, WhatMaxLength),
            Agency = DefinedEnum.Validate("agency", action.Agency),
            ResponsibleId = responsible,
            Status = DefinedEnum.Validate("status", action.Status),
        };
    }

    /// <summary>Planned → Active → Done; anything not yet finished may be cancelled; Done and Cancelled are final.</summary>
    public static bool CanMove(PlanActionStatus from, PlanActionStatus to) =>
        from == to || (from, to) switch
        {
            (PlanActionStatus.Planned, PlanActionStatus.Active) => true,
            (PlanActionStatus.Planned or PlanActionStatus.Active, PlanActionStatus.Done) => true,
            (PlanActionStatus.Planned or PlanActionStatus.Active, PlanActionStatus.Cancelled) => true,
            _ => false,
        };

    public static PlanDetails Validate(PlanDetails? details)
    {
        if (details is null)
        {
            throw new DomainRuleException("details", "is required.", ErrorCodes.FieldRequired);
        }

        var goals = details.Goals ?? [];
        if (goals.Count > MaxGoals)
        {
            throw new DomainRuleException("goals", $"must be at most {MaxGoals}.", ErrorCodes.FieldTooMany, ErrorCodes.Args(("max", MaxGoals)));
        }

        return new PlanDetails(
            goals.Select((goal, i) => Validate($"goals[{i}]", goal)).ToArray(),
            OptionalText.Validate("childWords", details.ChildWords, TextMaxLength),
            OptionalText.Validate("guardianView", details.GuardianView, TextMaxLength),
            details.NextFollowUp,
            details.SupportCoordinatorId is null ? null : ProfessionalId.Validate("supportCoordinatorId", details.SupportCoordinatorId));
    }

    /// <summary>Why the plan is not complete yet; empty when it is.</summary>
    public static IReadOnlyList<string> Gaps(PlanDetails details, IEnumerable<PlanActionView> actions)
    {
        var agencies = actions.Where(a => a.Status != PlanActionStatus.Cancelled).Select(a => a.Agency).Distinct().Count();
        return agencies > 1 && details.SupportCoordinatorId is null ? [NeedsSupportCoordinator] : [];
    }

    private static PlanGoal Validate(string field, PlanGoal? goal)
    {
        if (goal is null)
        {
            throw new DomainRuleException(field, "is required.", ErrorCodes.FieldRequired);
        }

        var areas = goal.Areas ?? [];
        foreach (var area in areas)
        {
            DefinedEnum.Validate($"{field}.areas", area);
        }

        return new PlanGoal(RequiredText.Validate($"{field}.text", goal.Text, WhatMaxLength), areas.Distinct().ToArray());
    }
}
