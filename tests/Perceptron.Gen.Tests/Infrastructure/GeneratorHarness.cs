using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Perceptron.Gen.Generator;
using Perceptron.Gen.Generator.Diagnostics;

namespace Perceptron.Gen.Tests.Infrastructure;

/// <summary>The outcome of one generator run over a source text.</summary>
public sealed record GeneratorRun(
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableDictionary<string, string> GeneratedSources,
    ImmutableArray<Diagnostic> CompilationErrors,
    Compilation OutputCompilation
);

/// <summary>Runs the generator in memory over user code, the way the compiler does, against .NET 10 reference assemblies.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable
    );

    /// <summary>The .NET 10 reference assemblies and the attributes.</summary>
    public static readonly ImmutableArray<MetadataReference> References = Net100
        .References.All.Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location))
        .ToImmutableArray();

    public static CSharpCompilation CreateCompilation(params string[] sources)
    {
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{index}.cs"));
        return CSharpCompilation.Create("UserCode", trees, References, CompilationOptions);
    }

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new DifferentiationGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)
        );

    public static GeneratorRun Run(params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult();
        var generated = result
            .Results.SelectMany(run => run.GeneratedSources)
            .ToImmutableDictionary(source => source.HintName, source => source.SourceText.ToString());
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        var generatorDiagnostics = diagnostics.AddRange(result.Results.SelectMany(run => run.Diagnostics)).Distinct().ToImmutableArray();
        return new GeneratorRun(generatorDiagnostics, generated, errors, output);
    }

    /// <summary>
    /// What <see cref="PlacementAnalyzer"/>, shipped beside the generator, reports on a compilation: the problems the
    /// generator leaves to it. Generated files are skipped, as in the compiler.
    /// </summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation) =>
        compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PlacementAnalyzer()))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
}
