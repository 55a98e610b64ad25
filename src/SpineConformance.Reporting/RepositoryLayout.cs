namespace SpineConformance.Reporting;

/// <summary>Where a run's reports go when it runs from a clone of the repository.</summary>
public static class RepositoryLayout
{
    /// <summary>The clone's root (the folder holding <c>SpineConformance.sln</c>) above <paramref name="start"/>, or null outside a clone.</summary>
    public static string? Root(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpineConformance.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
