using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Contacts;
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
    public const int MaxGuardians = 4;

    public static NewChild Validate(NewChild child)
    {
        var guardians = child.Guardians ?? [];
        if (guardians.Count > MaxGuardians)
        {
            throw new DomainRuleException("guardians", $"must be at most {MaxGuardians}.", ErrorCodes.FieldTooMany, ErrorCodes.Args(("max", MaxGuardians)));
        }

        return child with
        {
            DisplayName = RequiredText.Validate("displayName", child.DisplayName, DisplayNameMaxLength),
            ChildContactId = ProfessionalId.Validate("childContactId", child.ChildContactId),
            RegisteredBy = ProfessionalId.Validate("registeredBy", child.RegisteredBy),
            ContactRole = DefinedEnum.Validate("childContactRole", child.ContactRole),
            Guardians = guardians.Select((g, i) => Validate($"guardians[{i}]", g)).ToArray(),
            Gender = DefinedEnum.Validate("gender", child.Gender),
            ContactUnit = OptionalText.Validate("contactUnit", child.ContactUnit, DisplayNameMaxLength),
        };
    }

    public static NewConcern Validate(NewConcern concern)
    {
        var reporter = ProfessionalId.Validate("reporterId", concern.ReporterId);
        var text = RequiredText.Validate("text", concern.Text, ConcernTextMaxLength);
        if (concern.Areas is null || concern.Areas.Count == 0)
        {
            throw new DomainRuleException("areas", $"must name at least one behovskompass area ({NeedsAreas.AllNames}).", ErrorCodes.FieldRequired);
        }

        foreach (var area in concern.Areas)
        {
            if (!Enum.IsDefined(area))
            {
                throw new DomainRuleException("areas", $"'{area}' is not a behovskompass area; use one of {NeedsAreas.AllNames}.", ErrorCodes.FieldUnknownArea);
            }
        }

        if (concern.Areas.Distinct().Count() != concern.Areas.Count)
        {
            throw new DomainRuleException("areas", "must not name the same area twice.", ErrorCodes.FieldDuplicate);
        }

        return concern with
        {
            ReporterId = reporter,
            Text = text,
            Areas = concern.Areas.ToArray(),
            Source = DefinedEnum.Validate("source", concern.Source),
            OnBehalfOfGuardian = OptionalText.Validate("onBehalfOfGuardian", concern.OnBehalfOfGuardian, DisplayNameMaxLength),
        };
    }

    private static Guardian Validate(string field, Guardian? guardian)
    {
        if (guardian is null)
        {
            throw new DomainRuleException(field, "is required.", ErrorCodes.FieldRequired);
        }

        var email = OptionalText.Validate($"{field}.email", guardian.Email, 200);
        if (email is not null && (!email.Contains('@') || email.Contains(' ')))
        {
            throw new DomainRuleException($"{field}.email", "must be an e-mail address.", ErrorCodes.FieldEmail);
        }

        var phone = OptionalText.Validate($"{field}.phone", guardian.Phone, 40);
        if (phone is not null && !phone.All(c => char.IsDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))
        {
            throw new DomainRuleException($"{field}.phone", "may hold only digits, spaces and + - ( ).", ErrorCodes.FieldPhone);
        }

        return new Guardian(RequiredText.Validate($"{field}.name", guardian.Name, DisplayNameMaxLength), phone, email);
    }
}
