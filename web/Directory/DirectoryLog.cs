namespace BackaBarnet.Live.Web.Directory;

/// <summary>Who changed the directory: ids and counts only (names, e-mail and phone stay out of the logs).</summary>
internal static partial class DirectoryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Directory: {AdminId} saved {ProfessionalId}.")]
    public static partial void Saved(ILogger logger, string adminId, string professionalId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory: {AdminId} deactivated {ProfessionalId}.")]
    public static partial void Deactivated(ILogger logger, string adminId, string professionalId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Directory: {AdminId} imported a file: {Added} added, {Changed} changed, {Deactivated} deactivated.")]
    public static partial void Imported(ILogger logger, string adminId, int added, int changed, int deactivated);
}
