using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.SupportRequests;

public static class SupportRequestRules
{
    public const int QuestionMaxLength = 2000;
    public const int ReasonMaxLength = 2000;

    public static SupportRequestInput Validate(SupportRequestInput? request)
    {
        if (request is null)
        {
            throw new DomainRuleException("request", "is required.", ErrorCodes.FieldRequired);
        }

        return request with
        {
            ToAgency = DefinedEnum.Validate("toAgency", request.ToAgency),
            Question = RequiredText.Validate("question", request.Question, QuestionMaxLength),
            Areas = ValidateAreas(request.Areas),
        };
    }

    private static NeedsArea[] ValidateAreas(IReadOnlyList<NeedsArea>? areas)
    {
        if (areas is null || areas.Count == 0)
        {
            throw new DomainRuleException("areas", $"must name at least one behovskompass area ({NeedsAreas.AllNames}).", ErrorCodes.FieldRequired);
        }

        if (areas.FirstOrDefault(a => !Enum.IsDefined(a)) is var unknown && !Enum.IsDefined(unknown))
        {
            throw new DomainRuleException("areas", $"'{unknown}' is not a behovskompass area; use one of {NeedsAreas.AllNames}.", ErrorCodes.FieldUnknownArea);
        }

        return areas.Distinct().ToArray();
    }

    public static string ValidateReason(string? reason) => RequiredText.Validate("reason", reason, ReasonMaxLength);
}
