using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Perceptron.Gen.Generator;
using Perceptron.Gen.Tests.Infrastructure;

namespace Perceptron.Gen.Tests.Robustness.Mutation;

/// <summary>
/// Runs the generator over mutants of one source file. The file is parsed, compiled and generated once; each mutant
/// replaces its syntax tree in that compilation and is driven from the first run's driver, so the references are bound
/// once and the generated files of unchanged methods are reused. Instances are immutable and may be shared by threads.
/// </summary>
public sealed class MutationHarness
{
    private readonly CSharpCompilation compilation;
    private readonly SyntaxTree tree;
    private readonly GeneratorDriver driver;
    private readonly Dictionary<string, SourceText> generatedForOriginal;

    public MutationHarness(string source)
    {
        compilation = GeneratorHarness.CreateCompilation(source);
        tree = compilation.SyntaxTrees.Single();
        var generators = new[] { new DifferentiationGenerator().AsSourceGenerator() };
        driver = CSharpGeneratorDriver.Create(generators, parseOptions: GeneratorHarness.ParseOptions).RunGenerators(compilation);
        generatedForOriginal = GeneratedSources(driver.GetRunResult())
            .ToDictionary(generated => generated.HintName, generated => generated.SourceText);
    }

    /// <summary>Generates for the mutant and judges the outcome.</summary>
    /// <param name="mutated">The mutated source.</param>
    /// <param name="bindEverything">
    /// Bind every generated file when the mutant compiles, not only the new and changed ones (slower; used for a sample of
    /// mutants, to keep the shortcut honest).
    /// </param>
    public MutantVerdict Check(string mutated, bool bindEverything)
    {
        var mutatedTree = CSharpSyntaxTree.ParseText(mutated, GeneratorHarness.ParseOptions, path: tree.FilePath);
        var input = compilation.ReplaceSyntaxTree(tree, mutatedTree);
        var run = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var driverDiagnostics).GetRunResult();

        var failures = run
            .Results.Where(result => result.Exception is not null)
            .Select(result => result.Exception!.ToString())
            .Concat(driverDiagnostics.Concat(run.Diagnostics).Where(IsGeneratorFailure).Select(diagnostic => diagnostic.ToString()))
            .ToList();
        if (failures.Count > 0)
        {
            return new MutantVerdict(MutantKind.GeneratorFailure, failures);
        }

        // Syntax errors are known from parsing alone; binding is paid only for mutants that parse.
        if (mutatedTree.GetDiagnostics().Any(IsError))
        {
            return new MutantVerdict(MutantKind.SyntaxError, Array.Empty<string>());
        }

        if (input.GetDiagnostics().Any(IsError))
        {
            return new MutantVerdict(MutantKind.CompileError, Array.Empty<string>());
        }

        var errors = (bindEverything ? output.GetDiagnostics() : ErrorsAfterGeneration(run, output)).Where(IsError).ToList();
        var kind = errors.Count == 0 ? MutantKind.Compiles : MutantKind.NewErrors;
        return new MutantVerdict(kind, errors.Select(error => error.ToString()).ToList());
    }

    /// <summary>
    /// When every file generated for the original is generated again unchanged, the declarations of the whole output and the
    /// bodies of the mutant and of the new generated files; otherwise everything. An unchanged file compiled for the
    /// original, and then nothing it refers to has changed except through a declaration, which the first part sees; once a
    /// generated file changes or goes missing, an unchanged one that calls it may break too.
    /// </summary>
    private IEnumerable<Diagnostic> ErrorsAfterGeneration(GeneratorDriverRunResult run, Compilation output)
    {
        var generated = GeneratedSources(run).ToDictionary(source => source.HintName);
        var allKept = generatedForOriginal.All(original =>
            generated.TryGetValue(original.Key, out var again) && original.Value.ContentEquals(again.SourceText)
        );
        if (!allKept)
        {
            return output.GetDiagnostics();
        }

        var added = generated
            .Values.Where(source => !generatedForOriginal.ContainsKey(source.HintName))
            .Select(source => source.SyntaxTree);
        return output
            .GetDeclarationDiagnostics()
            .Concat(added.Prepend(output.SyntaxTrees.First()).SelectMany(bound => output.GetSemanticModel(bound).GetDiagnostics()));
    }

    private static IEnumerable<GeneratedSourceResult> GeneratedSources(GeneratorDriverRunResult run) =>
        run.Results.SelectMany(result => result.GeneratedSources);

    private static bool IsGeneratorFailure(Diagnostic diagnostic) => diagnostic.Id is "CS8785" or "PGEN999";

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == DiagnosticSeverity.Error;
}
