namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>Parsing of behovskompass area names as they arrive from clients.</summary>
public static class NeedsAreas
{
    public static IReadOnlyList<NeedsArea> All { get; } = Enum.GetValues<NeedsArea>();

    public static string AllNames { get; } = string.Join(", ", All);

    /// <summary>
    /// Accepts only the exact code names (case-insensitive). Numbers are refused on purpose:
    /// "3" silently meaning <see cref="NeedsArea.Safe"/> would hide client bugs.
    /// </summary>
    public static bool TryParse(string? name, out NeedsArea area)
    {
        area = default;
        if (string.IsNullOrWhiteSpace(name) || !char.IsLetter(name.Trim()[0]))
        {
            return false;
        }

        return Enum.TryParse(name.Trim(), ignoreCase: true, out area) && Enum.IsDefined(area);
    }
}
