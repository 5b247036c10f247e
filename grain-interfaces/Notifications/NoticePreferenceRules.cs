using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>What a professional may choose for their notices; checked at the edge and again in the grain.</summary>
public static class NoticePreferenceRules
{
    public static NoticePreferences Validate(NoticePreferences preferences)
    {
        if (preferences.EmailKinds is null)
        {
            throw new DomainRuleException("emailKinds", "The kinds are required (an empty list turns e-mail notices off).", ErrorCodes.FieldRequired);
        }

        for (var i = 0; i < preferences.EmailKinds.Count; i++)
        {
            if (!Enum.IsDefined(preferences.EmailKinds[i]))
            {
                throw new DomainRuleException($"emailKinds[{i}]", "Not a notification kind.", ErrorCodes.FieldUnknownValue);
            }
        }

        if (preferences.QuietFrom is null != preferences.QuietTo is null)
        {
            var missing = preferences.QuietFrom is null ? "quietFrom" : "quietTo";
            throw new DomainRuleException(missing, "Quiet hours need both a start and an end.", ErrorCodes.FieldRequired);
        }

        if (preferences.QuietFrom is { } from && from == preferences.QuietTo)
        {
            throw new DomainRuleException("quietTo", "Quiet hours must end at another time than they start.", ErrorCodes.FieldInvalid);
        }

        return preferences with { EmailKinds = preferences.EmailKinds.Distinct().Order().ToArray() };
    }
}
