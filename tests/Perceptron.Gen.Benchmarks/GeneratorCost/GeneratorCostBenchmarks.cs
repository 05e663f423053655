using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Benchmarks.Configuration;

namespace Perceptron.Gen.Benchmarks.GeneratorCost;

/// <summary>
/// The generator's own cost: a full run over 200 mixed <c>[Differentiable]</c> methods, and over one method of 50
/// statements, beside the compiler's analysis of the same code without the generator for scale.
/// </summary>
[MemoryDiagnoser]
[FullyOptimizedJit]
public class GeneratorCostBenchmarks
{
    /// <summary>The number of methods in the mixed workload.</summary>
    public const int MixedMethodCount = 200;

    /// <summary>The number of statements in the long method.</summary>
    public const int LongMethodStatementCount = 50;

    private GeneratorRunner runner = null!;

    /// <summary>The workloads timed.</summary>
    public static IEnumerable<GeneratorWorkload> Workloads => Enum.GetValues<GeneratorWorkload>();

    /// <summary>Which user code the generator runs over.</summary>
    [ParamsSource(nameof(Workloads))]
    public GeneratorWorkload Workload { get; set; }

    /// <summary>What the setup checked, for the start-up report.</summary>
    public string AgreementReport { get; private set; } = "";

    /// <summary>Writes and parses the workload, and checks that the generator accepts all of it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sources =
            Workload == GeneratorWorkload.TwoHundredMethods
                ? DifferentiableSourceBuilder.MixedMethods(MixedMethodCount)
                : [DifferentiableSourceBuilder.LongMethod(LongMethodStatementCount)];
        int methodCount = CountMarkedMethods(sources, out int largestBody);
        if (Workload == GeneratorWorkload.FiftyStatements && largestBody != LongMethodStatementCount)
        {
            throw new InvalidOperationException($"The long method has {largestBody} statements, not {LongMethodStatementCount}.");
        }

        runner = new GeneratorRunner(sources);
        runner.RequireCleanRun(expectedFiles: methodCount);
        AgreementReport = $"generator {Workload}: {methodCount} [Differentiable] method(s), as many files generated, no diagnostics";
    }

    /// <summary>The compiler's binding and flow analysis of the workload, no generator: the scale to read the run against.</summary>
    /// <returns>The diagnostics, kept so that the work is not discarded.</returns>
    [Benchmark(Baseline = true, Description = "compiler analysis, no generator")]
    public ImmutableArray<Diagnostic> CompilerOnly() => runner.CompileWithoutGenerator();

    /// <summary>A full generator run on a fresh compilation.</summary>
    /// <returns>The run's result.</returns>
    [Benchmark(Description = "generator full run")]
    public GeneratorDriverRunResult GeneratorRun() => runner.Run();

    private static int CountMarkedMethods(IReadOnlyList<string> sources, out int largestBody)
    {
        var methods = sources
            .SelectMany(source => CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            .Where(method => method.AttributeLists.SelectMany(list => list.Attributes).Any(IsDifferentiable))
            .ToList();
        largestBody = methods.Max(method => method.Body?.Statements.Count ?? 1);
        return methods.Count;
    }

    private static bool IsDifferentiable(AttributeSyntax attribute) => attribute.Name.ToString() == "Differentiable";
}
