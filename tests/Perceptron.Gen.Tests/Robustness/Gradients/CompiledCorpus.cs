using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Tests.Infrastructure;

namespace Perceptron.Gen.Tests.Robustness.Gradients;

/// <summary>A corpus method that got a gradient, callable through its probes, with the domain of its random points.</summary>
public sealed record CorpusMethod(
    string Name,
    IReadOnlyList<ParameterKindAndDomain> Parameters,
    bool IsFloat,
    Func<double[], double[][], double> Value,
    Func<double[], double[][], double[], double[][], double> Gradient
);

/// <summary>One parameter: whether it is an array, whether it has a partial, and where its values come from.</summary>
public sealed record ParameterKindAndDomain(string Name, bool IsArray, bool IsDifferentiated, ParameterDomain Domain);

/// <summary>
/// The whole corpus compiled with the generator, the probes of <see cref="ProbeWriter"/> added, emitted to memory and
/// loaded into a collectible context that is unloaded on disposal. Shared by the tests of one class.
/// </summary>
public sealed class CompiledCorpus : IDisposable
{
    private readonly AssemblyLoadContext context = new("Corpus", isCollectible: true);

    public CompiledCorpus()
    {
        var compilation = GeneratorHarness.CreateCompilation(CorpusFile.All.Select(file => file.Source).ToArray());
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var found =
            new List<(string Name, IMethodSymbol Original, IMethodSymbol Gradient, IReadOnlyDictionary<string, ParameterDomain>? Domain)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = output.GetSemanticModel(tree);
            foreach (var (type, method) in CorpusMembers.Differentiable(tree.GetRoot()))
            {
                var original = model.GetDeclaredSymbol(method)!;
                var gradient = original
                    .ContainingType.GetMembers(original.Name + "Gradient")
                    .OfType<IMethodSymbol>()
                    .SingleOrDefault(candidate => candidate.Parameters.Length > original.Parameters.Length);
                if (gradient is not null)
                {
                    found.Add(($"{type.Identifier.Text}.{method.Identifier.Text}", original, gradient, ParameterDomain.Of(method)));
                }
            }
        }

        var probes = CSharpSyntaxTree.ParseText(
            ProbeWriter.Write(found.Select(entry => (entry.Original, entry.Gradient)).ToList()),
            GeneratorHarness.ParseOptions,
            path: "Probes.cs"
        );
        using var image = new MemoryStream();
        var emitted = output.AddSyntaxTrees(probes).Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(
                "The corpus with its probes does not compile:\n"
                    + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            );
        }

        image.Position = 0;
        var probeType = context.LoadFromStream(image).GetType(ProbeWriter.ClassName)!;
        Methods = found
            .Select(
                (entry, k) =>
                    new CorpusMethod(
                        entry.Name,
                        Parameters(entry.Name, entry.Original, entry.Gradient, entry.Domain),
                        entry.Original.ReturnType.SpecialType == SpecialType.System_Single,
                        probeType.GetMethod("Value" + k)!.CreateDelegate<Func<double[], double[][], double>>(),
                        probeType.GetMethod("Gradient" + k)!.CreateDelegate<Func<double[], double[][], double[], double[][], double>>()
                    )
            )
            .ToDictionary(method => method.Name);
    }

    /// <summary>Every method that got a gradient, by <c>Type.Method</c>.</summary>
    public IReadOnlyDictionary<string, CorpusMethod> Methods { get; }

    public void Dispose() => context.Unload();

    private static IReadOnlyList<ParameterKindAndDomain> Parameters(
        string name,
        IMethodSymbol original,
        IMethodSymbol gradient,
        IReadOnlyDictionary<string, ParameterDomain>? domains
    )
    {
        if (domains is null)
        {
            throw new InvalidOperationException($"{name} got a gradient but has no '// domain:' comment to draw points from.");
        }

        var partials = gradient.Parameters.Skip(original.Parameters.Length).Select(partial => partial.Name.ToLowerInvariant()).ToHashSet();
        return original
            .Parameters.Select(parameter => new ParameterKindAndDomain(
                parameter.Name,
                parameter.Type is IArrayTypeSymbol || parameter.Type.Name.EndsWith("Span", StringComparison.Ordinal),
                partials.Contains("d" + parameter.Name.ToLowerInvariant()),
                domains.TryGetValue(parameter.Name, out var domain)
                    ? domain
                    : throw new InvalidOperationException($"The domain of {name} does not mention '{parameter.Name}'.")
            ))
            .ToList();
    }
}
