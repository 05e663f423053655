using System.Collections;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Perceptron.Gen.Generator;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// The generator does no work twice: an edit that leaves a method's meaning alone leaves its pipeline output cached,
/// and no Roslyn symbol, syntax node or compilation is kept in a pipeline value.
/// </summary>
public class IncrementalityTests
{
    private const string Annotated = """
        using Perceptron.Gen;
        public static partial class Shapes
        {
            [Differentiable]
            public static double Area(double width, double height) => width * height;

            [Model]
            public static double Predict(double w, double b, [Data] double x) => w * x + b;

            [Loss]
            public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
        }
        """;

    private const string Other = "public static class Unrelated { public static int Value() => 1; }";

    [Fact]
    public void An_edit_in_another_file_leaves_every_output_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Annotated, Other);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var otherTree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(
            otherTree,
            CSharpSyntaxTree.ParseText(
                "public static class Unrelated { public static int Value() => 2; }",
                GeneratorHarness.ParseOptions,
                otherTree.FilePath
            )
        );
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.DifferentiableMethods, TrackingNames.Models, TrackingNames.Losses })
        {
            var outputs = result.TrackedSteps[name].SelectMany(step => step.Outputs);
            Assert.All(outputs, output =>
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name}: {output.Reason}"
                )
            );
        }
    }

    [Theory]
    [InlineData("a comment above the method", "[Differentiable]", "// Width times height.\n    [Differentiable]")]
    [InlineData("another method's body", "w * x + b", "x * w + b")]
    [InlineData("blank lines that move every method", "public static partial class Shapes", "\n\npublic static partial class Shapes")]
    public void An_edit_that_leaves_a_method_alone_leaves_its_output_cached(string edit, string find, string replace)
    {
        var compilation = GeneratorHarness.CreateCompilation(Annotated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(
            tree,
            CSharpSyntaxTree.ParseText(Annotated.Replace(find, replace), GeneratorHarness.ParseOptions, tree.FilePath)
        );
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps[TrackingNames.DifferentiableMethods].SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output =>
            Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{edit}: the Area gradient step was {output.Reason}"
            )
        );
    }

    [Fact]
    public void Editing_the_method_itself_regenerates_it()
    {
        var compilation = GeneratorHarness.CreateCompilation(Annotated);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(
            tree,
            CSharpSyntaxTree.ParseText(
                Annotated.Replace("width * height", "width * height / 2"),
                GeneratorHarness.ParseOptions,
                tree.FilePath
            )
        );
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var outputs = result.TrackedSteps[TrackingNames.DifferentiableMethods].SelectMany(step => step.Outputs);
        Assert.Contains(outputs, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("0.5 * width", result.GeneratedSources.Single(source => source.HintName.Contains("Area")).SourceText.ToString());
    }

    [Fact]
    public void No_symbol_syntax_node_or_compilation_is_kept_in_a_pipeline_value()
    {
        var compilation = GeneratorHarness.CreateCompilation(Annotated);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();

        // Only this generator's own steps: Roslyn's internal steps legitimately hold the compilation.
        var ownSteps = new[] { TrackingNames.DifferentiableMethods, TrackingNames.Models, TrackingNames.Losses };
        Assert.All(ownSteps, name => Assert.NotEmpty(result.TrackedSteps[name]));
        foreach (var step in ownSteps.SelectMany(name => result.TrackedSteps[name]))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertHoldsNoRoslynObjects(value, depth: 0);
            }
        }
    }

    private static void AssertHoldsNoRoslynObjects(object? value, int depth)
    {
        if (
            value is null
            || depth > 12
            || value is string or System.Reflection.MemberInfo
            || value.GetType().IsPrimitive
            || value.GetType().IsEnum
        )
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location,
            $"A pipeline value holds a {value.GetType().Name}."
        );
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoRoslynObjects(item, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(property => property.GetIndexParameters().Length == 0))
        {
            AssertHoldsNoRoslynObjects(property.GetValue(value), depth + 1);
        }
    }
}
