using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Reading;
using Perceptron.Gen.Tests.Infrastructure;
using Perceptron.Gen.Tests.Robustness;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// The generator binds a method body without nullable analysis where the compiler allows it: the operations it reads must
/// be the same as through the driver's own semantic model, for every method of the corpus.
/// </summary>
public class MethodBodyBinderTests
{
    [Fact]
    public void The_tests_compiler_lets_the_generator_skip_nullable_analysis()
    {
        var compilation = GeneratorHarness.CreateCompilation(
            "public static class C { public static double F(double x) { string? s = null; return x * x + (s?.Length ?? 0); } }"
        );
        var tree = compilation.SyntaxTrees.Single();
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        var body = MethodBodyBinder.Bind(compilation.GetSemanticModel(tree), method, default);

        Assert.True(MethodBodyBinder.SkipsNullableAnalysis);
        Assert.NotNull(body);
#pragma warning disable RSEXPERIMENTAL001 // The property that says which semantic model bound the body is experimental too.
        Assert.True(body!.SemanticModel!.NullableAnalysisIsDisabled);
#pragma warning restore RSEXPERIMENTAL001
    }

    [Fact]
    public void Every_corpus_method_reads_the_same_as_through_the_shared_semantic_model()
    {
        var compared = 0;
        foreach (var file in CorpusFile.All)
        {
            var compilation = GeneratorHarness.CreateCompilation(file.Source);
            var tree = compilation.SyntaxTrees.Single();
            var shared = compilation.GetSemanticModel(tree);
            foreach (var syntax in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                if (shared.GetDeclaredSymbol(syntax) is not IMethodSymbol method || shared.GetOperation(syntax) is not { } viaShared)
                {
                    continue;
                }

                var viaBinder = MethodBodyBinder.Bind(shared, syntax, default);

                Assert.NotNull(viaBinder);
                var expected = OperationReader.Read(method, viaShared);
                var actual = OperationReader.Read(method, viaBinder!);
                Assert.Equal(expected.Value, actual.Value);
                Assert.Equal(expected.Diagnostics, actual.Diagnostics);
                compared++;
            }
        }

        // The corpus has about a hundred methods; a harness that found none would compare nothing.
        Assert.True(compared >= 50, $"only {compared} corpus methods were compared");
    }
}
