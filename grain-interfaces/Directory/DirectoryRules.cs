using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>
/// The rules one directory row must meet. Fields are named as the CSV columns, so a refused
/// import row and a refused form field read the same.
/// </summary>
public static class DirectoryRules
{
    public const int NameMaxLength = 200;

    public static DirectoryPerson Validate(DirectoryPerson person)
    {
        var id = ProfessionalId.Validate("hsaId", person.Id?.Trim());
        var name = RequiredText.Validate("name", person.Name, NameMaxLength);
        var title = RequiredText.Validate("title", person.Title, NameMaxLength);
        var agency = RequiredText.Validate("agencyKind", person.Agency, 40);
        var known = DirectoryRoles.Agencies.FirstOrDefault(a => string.Equals(a, agency, StringComparison.OrdinalIgnoreCase))
            ?? DirectoryRoles.AgencyAliases.GetValueOrDefault(agency)
            ?? throw new DomainRuleException("agencyKind", $"'{agency}' is not one of {string.Join(", ", DirectoryRoles.Agencies)}.", ErrorCodes.DirectoryUnknownAgency, ErrorCodes.Args(("value", agency)));
        var unit = OptionalText.Validate("unit", person.Unit, NameMaxLength);
        var roles = (person.Roles ?? []).Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
        foreach (var role in roles.Where(r => !DirectoryRoles.All.Contains(r)))
        {
            throw new DomainRuleException("roles", $"'{role}' is not one of {string.Join(", ", DirectoryRoles.All)}.", ErrorCodes.DirectoryUnknownRole, ErrorCodes.Args(("value", role)));
        }

        var email = OptionalText.Validate("email", person.Email, 200);
        if (email is not null && (!email.Contains('@') || email.Contains(' ')))
        {
            throw new DomainRuleException("email", "must be an e-mail address.", ErrorCodes.FieldEmail);
        }

        var phone = OptionalText.Validate("phone", person.Phone, 40);
        if (phone is not null && !phone.All(c => char.IsDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))
        {
            throw new DomainRuleException("phone", "may hold only digits, spaces and + - ( ).", ErrorCodes.FieldPhone);
        }

        return new DirectoryPerson(id, name, title, known, unit, roles, email, phone, person.Active);
    }
}
