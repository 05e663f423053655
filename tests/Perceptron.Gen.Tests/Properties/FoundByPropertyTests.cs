using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Perceptron.Gen.Tests.Properties.Running;
using Xunit;
using Xunit.Sdk;

namespace Perceptron.Gen.Tests.Properties;

/// <summary>
/// Generator bugs found by the gradient properties, each reduced to a small program and kept as an ordinary test. The
/// programs are compiled when the test runs, not with this project, so that a bug cannot break the build. While a bug is
/// open its test is skipped and <see cref="KnownGeneratorBugs"/> lets the properties count, rather than fail on, the
/// disagreements it explains; a fix unskips the test and deletes that entry.
/// </summary>
public class FoundByPropertyTests
{
    [Fact]
    public void An_if_that_is_not_taken_does_not_put_its_NaN_into_the_gradient()
    {
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double x, double w)
            {
                double y = 0.0;
                if (x > 0.0)
                {
                    y = Math.Log(x) * w;
                }

                return y + w;
            }
            """,
            -1.0,
            2.0
        );

        Assert.Equal(2.0, value);
        Assert.Equal(new[] { 0.0, 1.0 }, gradient);
    }

    [Fact]
    public void Code_after_an_early_return_is_not_differentiated_on_the_path_that_returned()
    {
        // b < a is false, so F returns a; the generated code still divides by Math.Round(b - 1) = Math.Round(0.5) = 0.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a, double b)
            {
                if (b < a)
                {
                    b--;
                }
                else
                {
                    return a;
                }

                a /= Math.Round(b);
                return a;
            }
            """,
            0.2,
            1.5
        );

        Assert.Equal(0.2, value);
        Assert.Equal(new[] { 1.0, 0.0 }, gradient);
    }

    [Fact]
    public void Code_not_run_after_an_early_return_does_not_divide_zero_by_zero_into_the_gradient()
    {
        // a > 0, so F returns a. The generated code sets the locals of the other path to 0 and divides by them: 0/0.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a)
            {
                if (a > 0.0)
                {
                    return a;
                }
                else
                {
                    a++;
                    a /= a;
                    return a * (a > 2.0 ? a : 1.0);
                }
            }
            """,
            0.5
        );

        Assert.Equal(0.5, value);
        Assert.Equal(new[] { 1.0 }, gradient);
    }

    [Fact]
    public void An_if_that_is_not_taken_does_not_throw_from_Math_Sign_of_NaN()
    {
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double x)
            {
                double y = x;
                if (x > 0.0)
                {
                    y = Math.Sign(Math.Log(x)) * x;
                }

                return y;
            }
            """,
            -1.0
        );

        Assert.Equal(-1.0, value);
        Assert.Equal(new[] { 1.0 }, gradient);
    }

    [Fact]
    public void Code_not_run_after_an_early_return_does_not_throw_from_Math_Sign_of_zero_over_zero()
    {
        // a + a >= a is false, so F returns a; the generated code still computes Math.Sign(a / a) with a zeroed: 0/0.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a)
            {
                if (a + a >= a)
                {
                    a /= a;
                }
                else
                {
                    return a;
                }

                a += Math.Sign(a / a) * a;
                return a;
            }
            """,
            -0.5
        );

        Assert.Equal(-0.5, value);
        Assert.Equal(new[] { 1.0 }, gradient);
    }

    [Fact]
    public void Clamp_of_a_value_against_itself_as_a_bound_has_derivative_one()
    {
        var (value, gradient) = Gradient("[Differentiable] public static double F(double a) => Math.Clamp(a, a, a + 1.0);", 0.5);

        Assert.Equal(0.5, value);
        Assert.Equal(new[] { 1.0 }, gradient);
    }

    [Fact]
    public void An_untaken_Log10_of_a_product_with_zero_does_not_make_the_gradient_NaN()
    {
        var (value, gradient) = Gradient("[Differentiable] public static double F(double a) => a > 1.0 ? Math.Log10(0.0 * a) : a;", 0.5);

        Assert.Equal(0.5, value);
        Assert.Equal(new[] { 1.0 }, gradient);
    }

    [Fact]
    public void An_infinite_constant_in_the_other_branch_does_not_make_the_gradient_NaN()
    {
        var (value, gradient) = Gradient("[Differentiable] public static double F(double a) => a < 0.0 ? a : 1.0 / 0.0 * a;", -1.0);

        Assert.Equal(-1.0, value);
        Assert.Equal(new[] { 1.0 }, gradient);
    }

    [Fact]
    public void Generated_code_does_not_compare_a_variable_with_itself()
    {
        Assert.Empty(GeneratedWarnings("[Differentiable] public static double F(double a) => Math.Max(a, a);", parameterCount: 1));
    }

    [Fact]
    public void A_local_given_a_constant_and_then_assigned_leaves_no_unused_variable_in_generated_code()
    {
        Assert.Empty(
            GeneratedWarnings(
                """
                [Differentiable]
                public static double F(double x)
                {
                    double result = 0.0;
                    result = x * x;
                    return result;
                }
                """,
                parameterCount: 1
            )
        );
    }

    [Fact]
    public void An_adjoint_read_after_a_loop_sees_the_loops_result_not_the_value_its_last_iteration_started_from()
    {
        // p is 2, then 4, then 16: F = 16·a. The backward loop sets p back to each iteration's starting value, and the
        // partial ∂F/∂a = p was computed after it, when p was 2 again.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a)
            {
                double p = 2.0;
                for (int i = 0; i < 2; i++)
                {
                    p = p * p;
                }

                return a * p;
            }
            """,
            1.5
        );

        Assert.Equal(24.0, value);
        Assert.Equal(new[] { 16.0 }, gradient);
    }

    [Fact]
    public void A_break_in_an_if_that_more_of_the_loop_body_follows_is_reported_not_differentiated_wrongly()
    {
        // The break skips `a = k` as well, which the generated code ran: its value was k, not a. Only the rest of the
        // break's own block was skipped, so such a jump is now PGEN005 on its if; one at the end of the body still works.
        var rejection = Rejection(
            """
            [Differentiable]
            public static double F(double a)
            {
                double k = 1.0;
                for (int i = 0; i < 1; i++)
                {
                    if (a > 5.0)
                    {
                    }
                    else
                    {
                        if (k > 0.0)
                        {
                            break;
                        }
                    }

                    a = k;
                }

                return a;
            }
            """,
            parameterCount: 1
        );

        Assert.Contains("Source0.cs(17,13)", rejection);
        Assert.Contains("error PGEN005", rejection);
        Assert.Contains(
            "an 'if' with a 'break' or 'continue' inside another statement that is followed by more of the loop body",
            rejection
        );
    }

    [Fact]
    public void A_continue_in_an_if_at_the_end_of_the_loop_body_is_still_differentiated()
    {
        // At a = 0.7 the first iteration multiplies (s = a·a) and the other two continue before it: F = a² + 2a, F' = 2a + 2.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a)
            {
                double s = 0.0;
                for (int i = 0; i < 3; i++)
                {
                    s += a;
                    if (a > 0.0)
                    {
                        if (s > 1.0)
                        {
                            continue;
                        }

                        s *= a;
                    }
                }

                return s;
            }
            """,
            0.7
        );

        Assert.Equal(1.89, value, 1e-12);
        Assert.Equal(3.4, gradient[0], 1e-12);
    }

    [Fact]
    public void A_loop_after_a_return_that_was_taken_does_not_run_and_puts_no_NaN_into_the_gradient()
    {
        // a != b, so F returns b. The generated code zeroed v0 on that path and still ran the loop: a / 0, and 0 · ∞ = NaN.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a, double b)
            {
                if (!(a != b))
                {
                }
                else
                {
                    return b;
                }

                double v0 = a;
                for (int i = 0; i < 1; i++)
                {
                    b += a / v0;
                }

                return a;
            }
            """,
            0.3212,
            -1.652
        );

        Assert.Equal(-1.652, value);
        Assert.Equal(new[] { 0.0, 1.0 }, gradient);
    }

    [Fact]
    public async Task A_while_loop_in_a_branch_that_is_not_taken_does_not_run()
    {
        // With a < 0 the first loop would never end; the generated code ran it anyway. The do loop then runs three times.
        var gradient = Task.Run(() =>
            Gradient(
                """
                [Differentiable]
                public static double F(double a, double b)
                {
                    double s = b;
                    if (a > 0.0)
                    {
                        while (s < 10.0)
                        {
                            s = s + a;
                        }
                    }

                    double k = 0.0;
                    do
                    {
                        k++;
                        s = s * b;
                    } while (k < 3 && s > 0.5);
                    return s;
                }
                """,
                -0.5,
                0.9
            )
        );

        // A loop that never ends fails here, with a TimeoutException, rather than holding up the test run.
        var (value, partials) = await gradient.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0.6561, value, 1e-15);
        Assert.Equal(0.0, partials[0]);
        Assert.Equal(4 * 0.9 * 0.9 * 0.9, partials[1], 1e-15);
    }

    [Fact]
    public void A_break_tests_a_carried_variable_as_it_was_where_the_break_stands()
    {
        // a < 0, so F sets a = -a and leaves. The generated code tested 0 > a after a had moved on to -a, did not leave,
        // and squared it in the next iteration.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a)
            {
                for (int i = 0; i <= 1; i++)
                {
                    if (0.0 > a)
                    {
                        a = -a;
                        break;
                    }

                    a *= a;
                }

                return a;
            }
            """,
            -0.5943
        );

        Assert.Equal(0.5943, value);
        Assert.Equal(new[] { -1.0 }, gradient);
    }

    [Fact]
    public void A_break_that_is_always_taken_leaves_no_unreachable_code_in_generated_code()
    {
        // The generated for loop broke under a constant test, which made its i++ unreachable (CS0162); foreach has none.
        Assert.Empty(
            GeneratedWarnings(
                """
                [Differentiable]
                public static double F(double a, double[] xs)
                {
                    foreach (double x in xs)
                    {
                        a += x * x;
                        if (!(0.149 <= -2.5))
                        {
                            a *= -x;
                            break;
                        }
                    }

                    return a;
                }
                """,
                parameterCount: 2
            )
        );
    }

    [Fact]
    public void A_sum_that_reaches_a_sine_through_another_carried_variable_is_kept_for_the_backward_pass()
    {
        // c₁ = c + sin b, then F = c₁ + sin c₁ (b takes c₁'s value in between): ∂F/∂b = (1 + cos c₁)·cos b, ∂F/∂c = 1 + cos c₁.
        // c looked like a running sum, which needs no tape, because its next value b was not followed into Math.Sin(b);
        // the outer loop's backward pass then ran the inner loop again from c's final value.
        var (b, c) = (1.3634, 2.4153);
        var (_, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double b, double c)
            {
                for (int i = 0; i < 1; i++)
                {
                    for (int j = 0; j < 2; j++)
                    {
                        c += Math.Sin(b);
                        b = c;
                    }
                }

                return c;
            }
            """,
            b,
            c
        );

        var c1 = c + Math.Sin(b);
        Assert.Equal((1 + Math.Cos(c1)) * Math.Cos(b), gradient[0], 1e-14);
        Assert.Equal(1 + Math.Cos(c1), gradient[1], 1e-14);
    }

    [Fact]
    public void A_counter_that_an_inner_loops_break_tests_is_kept_for_the_backward_pass()
    {
        // The inner loop breaks after one doubling, as k1 is 1: F = 2a. k1 += 1 looked like a running sum, which needs no
        // tape, so the backward pass replayed the inner loop with k1's final value, 2: no break, two doublings, 4.
        var (value, gradient) = Gradient(
            """
            [Differentiable]
            public static double F(double a)
            {
                double k1 = 0.0;
                while (k1 < 1)
                {
                    k1++;
                    for (int j = 0; j < 2; j++)
                    {
                        a = a + a;
                        if (k1 != 2.0)
                        {
                            break;
                        }
                    }
                }

                return a;
            }
            """,
            1.4079
        );

        Assert.Equal(2.8158, value);
        Assert.Equal(new[] { 2.0 }, gradient);
    }

    /// <summary>The generated <c>FGradient</c> of <paramref name="method"/> at <paramref name="point"/>.</summary>
    private static (double Value, double[] Gradient) Gradient(string method, params double[] point)
    {
        using var batch = CompiledBatch.CompileMethods(new[] { method }, new[] { point.Length });
        var compiled = batch[0].Program ?? throw new XunitException($"F did not compile:\n{batch[0].Rejection}");
        return compiled.ValueAndGradient(point);
    }

    /// <summary>Why <paramref name="method"/> has no gradient: the diagnostics, with their places in <c>Source0.cs</c>.</summary>
    private static string Rejection(string method, int parameterCount)
    {
        using var batch = CompiledBatch.CompileMethods(new[] { method }, new[] { parameterCount });
        return batch[0].Rejection ?? throw new XunitException("F compiled, with a gradient.");
    }

    /// <summary>The warnings in the code generated for <paramref name="method"/> that the method itself does not have.</summary>
    private static IReadOnlyList<string> GeneratedWarnings(string method, int parameterCount)
    {
        using var batch = CompiledBatch.CompileMethods(new[] { method }, new[] { parameterCount });
        return batch[0].GeneratedWarnings;
    }
}
