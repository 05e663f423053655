using System.IO;
using System.Reflection;

namespace Samples.Common.Loading;

/// <summary>Reads a data file that a sample ships inside its assembly as an embedded resource.</summary>
public static class EmbeddedCsv
{
    /// <summary>Reads the embedded CSV with <see cref="CsvTableLoader"/>.</summary>
    /// <param name="assembly">The sample's assembly.</param>
    /// <param name="resourceName">The resource's logical name, as the sample's project file gives it.</param>
    /// <param name="displayName">The name that messages and reports give the data in place of a file path.</param>
    /// <param name="targetColumn">The target column's name; every other column is a feature.</param>
    /// <param name="targetKind">What the target column must hold.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The target column does not exist in the embedded data.</exception>
    /// <exception cref="FileNotFoundException">The assembly has no such resource: the build is broken.</exception>
    public static FeatureTable Load(Assembly assembly, string resourceName, string displayName, string targetColumn, TargetKind targetKind)
    {
        using Stream stream = Open(assembly, resourceName);
        return CsvTableLoader.Load(stream, displayName, targetColumn, targetKind);
    }

    /// <summary>Opens an embedded data file, for a loader of its own.</summary>
    /// <param name="assembly">The sample's assembly.</param>
    /// <param name="resourceName">The resource's logical name, as the sample's project file gives it.</param>
    /// <returns>The file's content, for the caller to dispose.</returns>
    /// <exception cref="FileNotFoundException">The assembly has no such resource: the build is broken.</exception>
    public static Stream Open(Assembly assembly, string resourceName)
    {
        return assembly.GetManifestResourceStream(resourceName)
            ?? throw new FileNotFoundException($"The assembly has no embedded resource '{resourceName}'; the build is broken.");
    }
}
