using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Assessments;

public static class AssessmentRules
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int NoteMaxLength = 1000;

    public static NewAssessment Validate(NewAssessment? assessment, DateOnly today)
    {
        if (assessment is null)
        {
            throw new DomainRuleException("assessment", "is required.", ErrorCodes.FieldRequired);
        }

        DefinedEnum.Validate("rater", assessment.Rater);
        if (assessment.AssessedOn > today)
        {
            throw new DomainRuleException("assessedOn", "must not be in the future.", ErrorCodes.FieldInFuture);
        }

        if (assessment.Ratings is not { Count: > 0 })
        {
            throw new DomainRuleException("ratings", "must rate at least one behovskompass area.", ErrorCodes.FieldRequired);
        }

        var ratings = assessment.Ratings.Select((rating, i) => Validate($"ratings[{i}]", rating)).ToArray();
        if (ratings.DistinctBy(r => r.Area).Count() != ratings.Length)
        {
            throw new DomainRuleException("ratings", "must not rate the same area twice.", ErrorCodes.FieldDuplicate);
        }

        return assessment with { Ratings = ratings };
    }

    private static AreaRating Validate(string field, AreaRating? rating)
    {
        if (rating is null)
        {
            throw new DomainRuleException(field, "is required.", ErrorCodes.FieldRequired);
        }

        if (!Enum.IsDefined(rating.Area))
        {
            throw new DomainRuleException($"{field}.area", $"'{rating.Area}' is not a behovskompass area; use one of {NeedsAreas.AllNames}.", ErrorCodes.FieldUnknownArea);
        }

        if (rating.Value is < MinRating or > MaxRating)
        {
            throw new DomainRuleException($"{field}.value", $"must be from {MinRating} to {MaxRating} (was {rating.Value}).", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", MinRating), ("max", MaxRating), ("actual", rating.Value)));
        }

        return rating with { Note = OptionalText.Validate($"{field}.note", rating.Note, NoteMaxLength) };
    }
}
