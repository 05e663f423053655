using System.Linq;
using System.Text.RegularExpressions;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// Values the method and its derivative both need are computed once, and a value needed only in one branch is computed
/// only where that branch is taken.
/// </summary>
public class SharedValueTests
{
    [Fact]
    public void A_softplus_and_its_derivative_share_each_exponential_computed_only_in_its_own_branch()
    {
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;
            public static partial class Activations
            {
                [Differentiable]
                public static double Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            }
            """
        );

        Assert.Empty(run.CompilationErrors);
        var gradient = run.GeneratedSources.Single().Value;
        Assert.Equal(1, Count(gradient, "global::System.Math.Exp(-z)"));
        Assert.Equal(1, Count(gradient, "global::System.Math.Exp(z)"));
        Assert.Contains("double exp = z > 0.0 ? global::System.Math.Exp(-z) : 0.0;", gradient);
        Assert.Contains("double exp2 = !(z > 0.0) ? global::System.Math.Exp(z) : 0.0;", gradient);
    }

    [Fact]
    public void A_guarded_product_used_twice_is_computed_once_and_read_by_name()
    {
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;
            public static partial class Activations
            {
                [Differentiable]
                public static double Damped(double x, double t)
                {
                    double z = x * t - 0.5;
                    double softplus;
                    if (z > 0)
                    {
                        softplus = z + Math.Log(1 + Math.Exp(-z));
                    }
                    else
                    {
                        softplus = Math.Log(1 + Math.Exp(z));
                    }

                    return softplus * Math.Exp(-0.1 * t);
                }
            }
            """
        );

        Assert.Empty(run.CompilationErrors);
        var gradient = run.GeneratedSources.Single().Value;
        var dZ = gradient.Split('\n').Single(line => line.TrimStart().StartsWith("double dZ = ", System.StringComparison.Ordinal));

        // Each side's guarded product (exp(−0.1·t) == 0 ? 0 : …) is a local of its own; ∂/∂z tests and multiplies that local
        // instead of writing the product out twice.
        Assert.Equal(2, Count(gradient, "exp == 0.0 ? 0.0 : 1.0 / sum"));
        Assert.DoesNotContain("exp == 0.0", dZ);
        Assert.Matches(@"!\(z > 0\.0\) \? (\w+) == 0\.0 \? 0\.0 : exp\d \* \1 : 0\.0", dZ);
    }

    [Fact]
    public void In_a_loop_over_samples_the_backward_step_reuses_the_forward_values_of_the_same_sample()
    {
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;
            public static partial class Logistic
            {
                [Differentiable(nameof(weights), nameof(bias))]
                public static double Loss(ReadOnlySpan<double> weights, double bias, double[] features, double[] labels)
                {
                    int k = weights.Length;
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++)
                    {
                        double z = bias;
                        for (int j = 0; j < k; j++)
                        {
                            z += weights[j] * features[i * k + j];
                        }

                        double softplus = z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                        total += softplus - labels[i] * z;
                    }

                    return total / labels.Length;
                }
            }
            """
        );

        Assert.Empty(run.CompilationErrors);
        var gradient = run.GeneratedSources.Single().Value;
        // The loop that takes one sample at a time where an array is too short for the blocks: one exponential and one
        // logarithm per sample, as a person would write it, and the derivative reads exp and sum.
        var oneByOne = gradient[gradient.LastIndexOf("for (; i < iEnd; i++)", System.StringComparison.Ordinal)..];
        Assert.Equal(1, Count(oneByOne, "global::System.Math.Exp(-z2)"));
        Assert.Equal(1, Count(oneByOne, "global::System.Math.Exp(z2)"));
        Assert.Equal(2, Count(oneByOne, "global::System.Math.Log("));
        Assert.Contains("double quotient = z2 > 0.0 ? 1.0 / sum : 0.0;", oneByOne);
        var forward = oneByOne.IndexOf("double softplus =", System.StringComparison.Ordinal);
        var share = oneByOne.IndexOf("// This iteration's share of the gradient", System.StringComparison.Ordinal);
        Assert.True(forward < share, "the sample's values come before its share of the gradient");
        // On lanes the two branches share one exponential, one logarithm and one division: two vectors of samples per step.
        Assert.Equal(2, Count(gradient, "global::System.Numerics.Vector.Exp("));
        Assert.Equal(2, Count(gradient, "global::System.Numerics.Vector.Log("));
        Assert.Equal(2, Count(gradient, "new global::System.Numerics.Vector<double>(1.0) / "));
        // Inside a side of a select its test is known: the logarithm reads 1 + e, not a select of two guarded sums, and the
        // guarded sums, read nowhere else, are not computed.
        Assert.Contains(
            "var logLanes0 = global::System.Numerics.Vector.Log(new global::System.Numerics.Vector<double>(1.0) + exp3Lanes0);",
            gradient
        );
        Assert.DoesNotContain("var sumLanes0", gradient);
        Assert.DoesNotContain("var sum2Lanes0", gradient);
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;
}
