namespace BackaBarnet.Live.TestSupport;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The web project's folder: its content root, so wwwroot is served from source.</summary>
    public static string Web => Path.Combine(Root, "web");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BackaBarnet.Live.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"BackaBarnet.Live.sln not found above {AppContext.BaseDirectory}.");
    }
}
