using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>A new time is required; a video link must be an absolute https address (it is sent to every invitee).</summary>
public static class MeetingLogisticsRules
{
    public const int VideoLinkMaxLength = 500;

    public static MeetingLogistics Validate(MeetingLogistics logistics)
    {
        if (logistics.ScheduledAt == default)
        {
            throw new DomainRuleException("scheduledAt", "is required.", ErrorCodes.FieldRequired);
        }

        var link = string.IsNullOrWhiteSpace(logistics.VideoLink) ? null : logistics.VideoLink.Trim();
        if (link is { Length: > VideoLinkMaxLength })
        {
            throw new DomainRuleException("videoLink", $"must be at most {VideoLinkMaxLength} characters.", ErrorCodes.FieldTooLong, ErrorCodes.Args(("max", VideoLinkMaxLength)));
        }

        if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && string.IsNullOrEmpty(uri.UserInfo)))
        {
            throw new DomainRuleException("videoLink", "must be an https:// address.", ErrorCodes.FieldHttpsLink);
        }

        return logistics with { VideoLink = link };
    }
}
