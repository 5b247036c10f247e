using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// Validation of child input. Pure and shared: the web edge runs it for a fast answer, the
/// grain runs it again because the grain is the authority.
/// </summary>
public static class ChildRules
{
    public const int DisplayNameMaxLength = 200;
    public const int ConcernTextMaxLength = 4000;

    public static NewChild Validate(NewChild child) => child with
    {
        DisplayName = RequiredText.Validate("displayName", child.DisplayName, DisplayNameMaxLength),
        ChildContactId = ProfessionalId.Validate("childContactId", child.ChildContactId),
        RegisteredBy = ProfessionalId.Validate("registeredBy", child.RegisteredBy),
    };

    public static NewConcern Validate(NewConcern concern)
    {
        var reporter = ProfessionalId.Validate("reporterId", concern.ReporterId);
        var text = RequiredText.Validate("text", concern.Text, ConcernTextMaxLength);
        if (concern.Areas is null || concern.Areas.Count == 0)
        {
            throw new DomainRuleException("areas", $"must name at least one behovskompass area ({NeedsAreas.AllNames}).");
        }

        foreach (var area in concern.Areas)
        {
            if (!Enum.IsDefined(area))
            {
                throw new DomainRuleException("areas", $"'{area}' is not a behovskompass area; use one of {NeedsAreas.AllNames}.");
            }
        }

        if (concern.Areas.Distinct().Count() != concern.Areas.Count)
        {
            throw new DomainRuleException("areas", "must not name the same area twice.");
        }

        return new NewConcern(reporter, text, concern.Areas.ToArray());
    }
}
