using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>Which loops the generated code runs on vector lanes, what the doc comment says about it, and the fallback.</summary>
public class VectorFormTests
{
    private const string LinearModel = """
        using System;
        using Perceptron.Gen;
        public static partial class Linear
        {
            [Differentiable(nameof(weights), nameof(bias))]
            public static double Loss(ReadOnlySpan<double> weights, double bias, double[] features, double[] targets)
            {
                int k = weights.Length;
                double total = 0;
                for (int i = 0; i < targets.Length; i++)
                {
                    double prediction = bias;
                    for (int j = 0; j < k; j++)
                    {
                        prediction += weights[j] * features[i * k + j];
                    }

                    double error = prediction - targets[i];
                    total += error * error;
                }

                return total / targets.Length;
            }
        }
        """;

    // The mean squared error of a line through (x, y), under a name and a [Differentiable] attribute of the test's choice.
    private static string LineFit(string name, string attribute) =>
        $$"""
            {{attribute}}
                public static double {{name}}(double w, double b, double[] x, double[] y)
                {
                    double total = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double error = w * x[i] + b - y[i];
                        total += error * error;
                    }

                    return total / y.Length;
                }
            """;

    [Fact]
    public void An_inner_product_runs_on_vector_lanes_forward_and_backward_and_the_doc_comment_says_so()
    {
        var run = GeneratorHarness.Run(LinearModel);

        Assert.Empty(run.CompilationErrors);
        var gradient = run.GeneratedSources.Single().Value;
        Assert.Contains("runs on Vector&lt;double&gt; lanes", gradient);
        Assert.Contains("The loop over i runs in blocks of 256 samples", gradient);
        Assert.Contains("one vector per step (consecutive samples overlap their additions)", gradient);
        Assert.Contains("Elsewhere, each inner product", gradient);
        // The adjoint of the prediction overwrites the prediction in the block's one buffer, as a hand loop does.
        Assert.Single(gradient.Split("stackalloc")[1..]);
        Assert.Contains("prediction2Block[i - blockStart] = dPrediction2;", gradient);
        // The block's inner products run in a method of their own, given what they read.
        Assert.Contains(
            "static void BlockInnerProducts(int i, int blockStart, int blockEnd, int width3, int jEnd2, "
                + "global::System.ReadOnlySpan<double> weights, double bias, global::System.ReadOnlySpan<double> features, "
                + "global::System.ReadOnlySpan<double> targets, global::System.Span<double> prediction2Block)",
            gradient
        );
        Assert.DoesNotContain("Any other loop", gradient);
        // The prediction's sum over two accumulators, and the weight gradient stored back lane by lane.
        Assert.Contains("prediction2Lanes1 += global::System.Numerics.Vector.LoadUnsafe(ref weightsStart, (nuint)(j + width))", gradient);
        Assert.Contains("global::System.Numerics.Vector.StoreUnsafe(", gradient);
        // The offset of the sample's row is computed once and the range is checked once, before the vector part.
        Assert.Contains("int featuresOffset = i * weights.Length;", gradient);
        Assert.Contains("(long)featuresOffset + jEnd <= features.Length", gradient);
    }

    [Fact]
    public void A_loop_over_samples_of_plain_arithmetic_runs_on_vector_lanes_and_one_with_a_call_without_a_vector_form_does_not()
    {
        var run = GeneratorHarness.Run(
            $$"""
            using System;
            using Perceptron.Gen;
            public static partial class Fits
            {
                {{LineFit("Line", "[Differentiable(nameof(w), nameof(b))]")}}

                [Differentiable(nameof(w))]
                public static double Curve(double w, double[] x, double[] y)
                {
                    double total = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double error = Math.Sin(w * x[i]) - y[i];
                        total += error * error;
                    }

                    return total;
                }
            }
            """
        );

        Assert.Empty(run.CompilationErrors);
        var line = run.GeneratedSources.Single(source => source.Key.Contains("Line", System.StringComparison.Ordinal)).Value;
        var curve = run.GeneratedSources.Single(source => source.Key.Contains("Curve", System.StringComparison.Ordinal)).Value;
        Assert.Contains("The loop over i runs on Vector&lt;double&gt; lanes", line);
        Assert.DoesNotContain("Any other loop", line);
        Assert.Contains("var errorLanes0 = wLanes * xLanes0 + bLanes - yLanes0;", line);
        Assert.Contains("total2 += global::System.Numerics.Vector.Sum(total2Sum0 + total2Sum1);", line);
        Assert.Contains("for (; i < iEnd; i++)", line);
        Assert.Contains("The loops run one iteration at a time", curve);
        Assert.DoesNotContain("LoadUnsafe", curve);
    }

    [Fact]
    public void A_loop_over_samples_that_also_differentiates_its_data_stays_scalar_and_the_doc_comment_says_how_to_train_only_the_weights()
    {
        var run = GeneratorHarness.Run(
            $$"""
            using Perceptron.Gen;
            public static partial class Fits
            {
                {{LineFit("Line", "[Differentiable]")}}

                {{LineFit("Weights", "[Differentiable(nameof(w), nameof(b))]")}}
            }
            """
        );

        Assert.Empty(run.CompilationErrors);
        var line = run.GeneratedSources.Single(source => source.Key.Contains("Line", System.StringComparison.Ordinal)).Value;
        var weights = run.GeneratedSources.Single(source => source.Key.Contains("Weights", System.StringComparison.Ordinal)).Value;
        Assert.DoesNotContain("LoadUnsafe", line);
        Assert.Contains(
            "A loop over samples that reads an array being differentiated (x, y here) has no vector form yet: to differentiate "
                + "only what is trained, name it in the attribute, as in [Differentiable(nameof(w), nameof(b))], or mark the data [Data].",
            line.Replace("\n        /// ", " ", System.StringComparison.Ordinal)
        );
        Assert.Contains("LoadUnsafe", weights);
        Assert.DoesNotContain("array being differentiated", weights);
    }

    [Fact]
    public void Without_the_vector_api_the_loops_are_scalar_and_the_doc_comment_says_why()
    {
        // The compilation loses the assembly that defines System.Numerics.Vector, as on a framework before .NET 8.
        var compilation = GeneratorHarness.CreateCompilation(LinearModel);
        var vectorAssembly = compilation.GetTypeByMetadataName("System.Numerics.Vector")!.ContainingAssembly;
        var withoutVectors = compilation.RemoveReferences(compilation.GetMetadataReference(vectorAssembly)!);
        Assert.Null(withoutVectors.GetTypeByMetadataName("System.Numerics.Vector"));

        GeneratorHarness
            .CreateDriver()
            .RunGeneratorsAndUpdateCompilation(withoutVectors, out var output, out var diagnostics)
            .GetRunResult();

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var gradient = output.SyntaxTrees.Last().ToString();
        Assert.Contains("The loops are scalar: the target framework has no Vector.LoadUnsafe", gradient);
        Assert.DoesNotContain("LoadUnsafe(ref", gradient);
        Assert.Contains("for (int j = jEnd - 1; j >= 0; j--)", gradient);
    }

    [Fact]
    public void On_dotnet_8_an_exponential_keeps_its_loop_scalar_and_plain_arithmetic_still_runs_on_lanes()
    {
        // .NET 8 has Vector.LoadUnsafe but not Vector.Exp or Vector.Log, which came with .NET 9.
        var compilation = CSharpCompilation.Create(
            "UserCode",
            [
                CSharpSyntaxTree.ParseText(
                    """
                    using System;
                    using Perceptron.Gen;
                    public static partial class Fits
                    {
                        [Differentiable(nameof(w))]
                        public static double Line(double w, double[] x, double[] y)
                        {
                            double total = 0;
                            for (int i = 0; i < y.Length; i++)
                            {
                                double error = Math.Abs(w * x[i] - y[i]);
                                total += error < 1 ? error * error : Math.Sqrt(error);
                            }

                            return total;
                        }

                        [Differentiable(nameof(w))]
                        public static double Curve(double w, double[] x, double[] y)
                        {
                            double total = 0;
                            for (int i = 0; i < y.Length; i++)
                            {
                                double error = Math.Exp(w * x[i]) - y[i];
                                total += error * error;
                            }

                            return total;
                        }
                    }
                    """,
                    GeneratorHarness.ParseOptions
                ),
                // The attribute as source: the Perceptron.Gen assembly built here targets .NET 10, which .NET 8 code cannot reference.
                CSharpSyntaxTree.ParseText(
                    """
                    namespace Perceptron.Gen
                    {
                        [System.AttributeUsage(System.AttributeTargets.Method)]
                        public sealed class DifferentiableAttribute : System.Attribute
                        {
                            public DifferentiableAttribute(params string[] withRespectTo) => WithRespectTo = withRespectTo;

                            public string[] WithRespectTo { get; }
                        }
                    }
                    """,
                    GeneratorHarness.ParseOptions
                ),
            ],
            Basic.Reference.Assemblies.Net80.References.All,
            GeneratorHarness.CompilationOptions
        );
        Assert.Null(compilation.GetTypeByMetadataName("System.Numerics.Vector")!.GetMembers("Exp").FirstOrDefault());

        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var line = output
            .SyntaxTrees.Single(tree => tree.FilePath.EndsWith("Line.Gradient.g.cs", System.StringComparison.Ordinal))
            .ToString();
        var curve = output
            .SyntaxTrees.Single(tree => tree.FilePath.EndsWith("Curve.Gradient.g.cs", System.StringComparison.Ordinal))
            .ToString();
        Assert.Contains("The loop over i runs on Vector&lt;double&gt; lanes", line);
        Assert.Contains("global::System.Numerics.Vector.SquareRoot(", line);
        Assert.Contains("global::System.Numerics.Vector.ConditionalSelect(", line);
        Assert.Contains("The loops run one iteration at a time", curve);
        Assert.DoesNotContain("LoadUnsafe", curve);
    }
}
