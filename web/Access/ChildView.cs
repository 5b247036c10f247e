namespace BackaBarnet.Live.Web.Access;

/// <summary>How much of the record a relation shows, most first (so "at least Participation" is <c>view &lt;= Participation</c>).</summary>
public enum ChildView
{
    /// <summary>The whole record.</summary>
    Full,

    /// <summary>
    /// What one needs to take part, when the guardians' consent does not cover one's agency: the
    /// child's name and age band, the barnkontakt, that meetings were held, one's own plan actions
    /// and the concerns one raised oneself. No other agency's texts, assessments or notes.
    /// </summary>
    Participation,

    /// <summary>A former barnkontakt: the handover summary they wrote, nothing since.</summary>
    HandoverSummary,
}
