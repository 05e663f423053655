using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Perceptron.Gen.Generator;
using Perceptron.Gen.Tests.Infrastructure;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// Many random programs compiled together: one generator run and one Roslyn compilation for the batch (one per program
/// would be far too slow), loaded into a collectible context that is unloaded when the batch is disposed. Each program
/// is its own class in its own file, so a diagnostic names the program it belongs to.
/// </summary>
public sealed partial class CompiledBatch : IDisposable
{
    private readonly AssemblyLoadContext? context;
    private readonly Dictionary<int, CompiledProgram> compiled = new();
    private readonly Dictionary<int, string> rejected = new();
    private readonly HashSet<int> invalidSource = new();
    private readonly Dictionary<int, List<Diagnostic>> generatedWarnings = new();

    /// <summary>
    /// Compiles classes <c>Case0</c>, <c>Case1</c>, …, each with a method <c>F</c> over the given number of doubles, or
    /// with the harness a program with loops has, over that many coordinates.
    /// </summary>
    private CompiledBatch(IReadOnlyList<string> sources, IReadOnlyList<int> parameterCounts)
    {
        var included = Enumerable.Range(0, sources.Count).ToList();
        while (included.Count > 0)
        {
            var compilation = GeneratorHarness.CreateCompilation(included.Select(index => sources[index]).ToArray());
            var (output, generatorErrors) = Generate(compilation);
            using var image = new MemoryStream();
            var emitted = output.Emit(image);
            var compilerErrors = emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            var problems = generatorErrors.Concat(compilerErrors).ToList();
            if (problems.Count == 0)
            {
                RecordGeneratedWarnings(emitted.Diagnostics, included);
                image.Position = 0;
                context = new AssemblyLoadContext("PropertyBatch", isCollectible: true);
                Load(context.LoadFromStream(image), included, parameterCounts);
                return;
            }

            // A rejected program is reported, and the batch compiled again without it. The harness of a program the
            // generator rejected calls an FGradient that is not there, which is the generator's doing, not the program's.
            var refusedByGenerator = problems
                .Where(problem => !problem.Id.StartsWith("CS", StringComparison.Ordinal))
                .Select(problem => ProgramOf(problem, included))
                .ToHashSet();
            foreach (var problem in problems)
            {
                var index = ProgramOf(problem, included)
                    ?? throw new InvalidOperationException($"A diagnostic outside every program: {problem}");
                Reject(index, problem, refusedByGenerator.Contains(index));
            }

            included.RemoveAll(rejected.ContainsKey);
        }
    }

    public static CompiledBatch Compile(IReadOnlyList<RandomProgram> programs) =>
        new(
            programs.Select((program, index) => program.ToSource(ClassName(index))).ToList(),
            programs.Select(program => program.CoordinateCount).ToList()
        );

    /// <summary>Compiles methods written out as C#, each named <c>F</c>, with <c>using System</c> and <c>Perceptron.Gen</c>.</summary>
    public static CompiledBatch CompileMethods(IReadOnlyList<string> methods, IReadOnlyList<int> parameterCounts) =>
        new(methods.Select((method, index) => InClass(method, ClassName(index))).ToList(), parameterCounts);

    /// <summary>What became of the program at <paramref name="index"/>.</summary>
    public BatchEntry this[int index] =>
        new(
            compiled.GetValueOrDefault(index),
            rejected.GetValueOrDefault(index),
            invalidSource.Contains(index),
            generatedWarnings.GetValueOrDefault(index)?.Select(warning => warning.ToString()).ToList() ?? new List<string>()
        );

    public void Dispose() => context?.Unload();

    /// <summary>
    /// Runs the generator as <see cref="GeneratorHarness.Run"/> does, but without tracking incremental steps (only the
    /// incrementality tests need them) and without asking for all diagnostics before emitting (emitting reports the errors
    /// anyway, and asking first binds every method twice): together about a quarter of the time per batch.
    /// </summary>
    private static (Compilation Output, IEnumerable<Diagnostic> Errors) Generate(Compilation compilation)
    {
        var generators = new[] { new DifferentiationGenerator().AsSourceGenerator() };
        var driver = CSharpGeneratorDriver
            .Create(generators, parseOptions: GeneratorHarness.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var reported = diagnostics.Concat(driver.GetRunResult().Diagnostics).Distinct();
        return (output, reported.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList());
    }

    private static string ClassName(int index) => "Case" + index;

    private static string InClass(string method, string className) =>
        $$"""
            using System;
            using Perceptron.Gen;

            public static partial class {{className}}
            {
            {{method}}
            }
            """;

    private void Reject(int index, Diagnostic problem, bool refusedByGenerator)
    {
        rejected[index] = rejected.TryGetValue(index, out var earlier) ? $"{earlier}\n{problem}" : problem.ToString();
        if (
            !refusedByGenerator
            && problem.Id.StartsWith("CS", StringComparison.Ordinal)
            && SourceFile().IsMatch(problem.Location.GetLineSpan().Path ?? "")
        )
        {
            invalidSource.Add(index);
        }
    }

    private void RecordGeneratedWarnings(IEnumerable<Diagnostic> diagnostics, List<int> included)
    {
        var warnings = diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning).ToList();
        var programsOwn = new HashSet<(int Index, string Id, string Message)>();
        foreach (var warning in warnings)
        {
            var source = SourceFile().Match(warning.Location.GetLineSpan().Path ?? "");
            if (source.Success)
            {
                programsOwn.Add((included[int.Parse(source.Groups[1].Value)], warning.Id, warning.GetMessage()));
            }
        }

        foreach (var warning in warnings)
        {
            var generated = GeneratedFile().Match(warning.Location.GetLineSpan().Path ?? "");
            var index = generated.Success ? int.Parse(generated.Groups[1].Value) : -1;
            if (generated.Success && !programsOwn.Contains((index, warning.Id, warning.GetMessage())))
            {
                generatedWarnings[index] = generatedWarnings.GetValueOrDefault(index) ?? new List<Diagnostic>();
                generatedWarnings[index].Add(warning);
            }
        }
    }

    private void Load(Assembly assembly, List<int> included, IReadOnlyList<int> parameterCounts)
    {
        foreach (var index in included)
        {
            var type = assembly.GetType(ClassName(index))!;
            var parameterCount = parameterCounts[index];
            if (type.GetMethod("Call") is { } call)
            {
                compiled[index] = CompiledProgram.ThroughHarness(call, type.GetMethod("CallGradient")!, parameterCount);
                continue;
            }

            var original = type.GetMethod(RandomProgram.MethodName)!;
            var gradient = type.GetMethods()
                .SingleOrDefault(method =>
                    method.Name == RandomProgram.MethodName + "Gradient" && method.GetParameters().Length == 2 * parameterCount
                );
            if (gradient is null)
            {
                rejected[index] = $"No {RandomProgram.MethodName}Gradient method with out parameters was generated.";
                continue;
            }

            compiled[index] = new CompiledProgram(original, gradient);
        }
    }

    /// <summary>The program a diagnostic is in: by its source file (SourceN.cs) or its generated file (CaseN.….g.cs).</summary>
    private static int? ProgramOf(Diagnostic diagnostic, List<int> included)
    {
        // The generator reports locations as path and span, without a syntax tree, so the path is read from the line span.
        var path = diagnostic.Location.GetLineSpan().Path ?? "";
        var source = SourceFile().Match(path);
        if (source.Success)
        {
            return included[int.Parse(source.Groups[1].Value)];
        }

        var generated = GeneratedFile().Match(path);
        return generated.Success ? int.Parse(generated.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"Source(\d+)\.cs$")]
    private static partial Regex SourceFile();

    [GeneratedRegex(@"Case(\d+)\.")]
    private static partial Regex GeneratedFile();
}
