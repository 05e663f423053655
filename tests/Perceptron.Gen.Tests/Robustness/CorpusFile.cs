using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Perceptron.Gen.Tests.Infrastructure;

namespace Perceptron.Gen.Tests.Robustness;

/// <summary>
/// One file of the corpus under <c>Corpus/</c>, named by its path there (<c>Physics/Orbit.cs</c>): numeric C# as users write it, embedded in this assembly as text. The
/// unsupported constructs are marked with <see cref="DiagnosticMarkup"/>, and <see cref="Source"/> is the file without the
/// markers.
/// </summary>
public sealed record CorpusFile(string Name, string Source, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    private const string ResourcePrefix = "Corpus/";

    private static readonly Lazy<IReadOnlyList<CorpusFile>> Files = new(Load);

    /// <summary>Every corpus file, in name order.</summary>
    public static IReadOnlyList<CorpusFile> All => Files.Value;

    public static CorpusFile Named(string name) => All.Single(file => file.Name == name);

    public override string ToString() => Name;

    private static IReadOnlyList<CorpusFile> Load()
    {
        var assembly = typeof(CorpusFile).Assembly;
        return assembly
            .GetManifestResourceNames()
            .Where(resource => resource.Replace('\\', '/').StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(resource =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
                var (source, expected) = DiagnosticMarkup.Parse(reader.ReadToEnd());
                return new CorpusFile(resource.Replace('\\', '/').Substring(ResourcePrefix.Length), source, expected);
            })
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();
    }
}
