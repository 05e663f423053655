using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Perceptron.Gen.Generator;

namespace Perceptron.Gen.Benchmarks.GeneratorCost;

/// <summary>
/// Runs the generator in memory over fixed user code, the way the compiler does, against the .NET 10 reference assemblies.
/// </summary>
/// <remarks>
/// The sources are parsed once. Each run works on a <see cref="Compilation.Clone"/>: a compilation with no symbols bound
/// yet that shares the already loaded reference assemblies, as a compiler server's next build does. So a run pays for
/// everything the generator causes (binding the marked methods, reading, differentiating, emitting, parsing its output)
/// and nothing that a build would have done before the generator started.
/// </remarks>
public sealed class GeneratorRunner
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly CSharpCompilation parsed;

    /// <summary>Parses the sources and loads the references, once.</summary>
    /// <param name="sources">The user code, one text per file.</param>
    public GeneratorRunner(IReadOnlyList<string> sources)
    {
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Workload{index}.cs"));
        var references = Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location));
        parsed = CSharpCompilation.Create(
            "GeneratorCostWorkload",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
        );

        // Load the reference assemblies' symbols now, so that no run pays for it.
        _ = parsed.GetDiagnostics();
    }

    /// <summary>One full generator run over a fresh compilation.</summary>
    /// <returns>The run's generated sources and diagnostics.</returns>
    public GeneratorDriverRunResult Run() => CreateDriver().RunGenerators(parsed.Clone()).GetRunResult();

    /// <summary>The compiler's own analysis of the same code without the generator: binding and flow analysis, no emit.</summary>
    /// <returns>The compilation's diagnostics.</returns>
    public ImmutableArray<Diagnostic> CompileWithoutGenerator() => parsed.Clone().GetDiagnostics();

    /// <summary>
    /// Throws unless a run generates <paramref name="expectedFiles"/> files, reports nothing, and leaves a compilation
    /// without errors: a benchmark of a generator that rejects its input would time the wrong thing.
    /// </summary>
    /// <param name="expectedFiles">One file per <c>[Differentiable]</c> method.</param>
    /// <exception cref="InvalidOperationException">The run does not do what the workload expects.</exception>
    public void RequireCleanRun(int expectedFiles)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(parsed.Clone(), out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();
        var problems = driverDiagnostics
            .Concat(result.Diagnostics)
            .Concat(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning))
            .Select(diagnostic => diagnostic.ToString())
            .Distinct()
            .ToList();
        int generatedFiles = result.Results.Sum(run => run.GeneratedSources.Length);
        if (problems.Count > 0 || generatedFiles != expectedFiles)
        {
            throw new InvalidOperationException(
                $"The workload should generate {expectedFiles} files cleanly; it generated {generatedFiles}, with "
                    + $"{problems.Count} diagnostics:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(10))}"
            );
        }
    }

    // A new generator instance and driver per run: nothing cached from a previous run, as in a build from scratch.
    private static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new DifferentiationGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
}
