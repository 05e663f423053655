using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace PackageConsumer;

/// <summary>What the Perceptron.Gen package must hold, and must not.</summary>
internal static class PackageContents
{
    /// <summary>Every file under lib/ and analyzers/, and the package's own files; nothing else may be there.</summary>
    private static readonly string[] Expected =
    [
        "Perceptron.Gen.nuspec",
        "README.md",
        "lib/netstandard2.0/Perceptron.Gen.dll",
        "lib/netstandard2.0/Perceptron.Gen.xml",
        "lib/net10.0/Perceptron.Gen.dll",
        "lib/net10.0/Perceptron.Gen.xml",
        "analyzers/dotnet/cs/Perceptron.Gen.Generator.dll",
        "analyzers/dotnet/cs/Perceptron.Gen.CodeFixes.dll",
    ];

    public static void Check(string packagePath, Checks checks)
    {
        using var package = ZipFile.OpenRead(packagePath);
        var entries = package.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Expected)
        {
            checks.That($"the package holds {path}", entries.Contains(path));
        }

        var unexpected = entries.Where(path => path.StartsWith("lib/") || path.StartsWith("analyzers/")).Except(Expected).ToList();
        checks.That(
            $"the package holds nothing else under lib/ or analyzers/ (the compiler brings Roslyn){Listed(unexpected)}",
            unexpected.Count == 0
        );

        using var nuspecStream = package.GetEntry("Perceptron.Gen.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().FirstOrDefault(element => element.Name.LocalName == name)?.Value;

        var dependencies = nuspec.Descendants().Where(element => element.Name.LocalName == "dependency").ToList();
        checks.That(
            $"the package depends on no other package{Listed(dependencies.Select(d => (string?)d.Attribute("id") ?? "?").ToList())}",
            dependencies.Count == 0
        );
        checks.That($"the licence is the MIT expression ({Value("license")})", Value("license") == "MIT");
        checks.That($"the readme is README.md ({Value("readme")})", Value("readme") == "README.md");
        var repository = metadata.Elements().FirstOrDefault(element => element.Name.LocalName == "repository");
        checks.That(
            $"the repository is {(string?)repository?.Attribute("url")}",
            (string?)repository?.Attribute("url") == "https://github.com/perceptron-gen/Perceptron.Gen"
        );
    }

    private static string Listed(System.Collections.Generic.IReadOnlyCollection<string> items) =>
        items.Count == 0 ? "" : $": {string.Join(", ", items)}";
}
