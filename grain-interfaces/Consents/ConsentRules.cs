using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Consents;

public static class ConsentRules
{
    public static ConsentGrant Validate(ConsentGrant? grant, DateOnly today)
    {
        if (grant is null)
        {
            throw new DomainRuleException("consent", "is required.", ErrorCodes.FieldRequired);
        }

        if (grant.GivenOn > today)
        {
            throw new DomainRuleException("givenOn", "must not be in the future.", ErrorCodes.FieldInFuture);
        }

        if (grant.ValidUntil is { } until && until < grant.GivenOn)
        {
            throw new DomainRuleException("validUntil", "must not be before givenOn.", ErrorCodes.FieldBeforeOther, ErrorCodes.Args(("other", "givenOn")));
        }

        return grant with
        {
            Agency = DefinedEnum.Validate("agency", grant.Agency),
            GivenBy = RequiredText.Validate("givenBy", grant.GivenBy, 200),
        };
    }
}
