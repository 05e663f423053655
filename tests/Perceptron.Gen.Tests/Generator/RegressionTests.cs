using System.Linq;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>Failures found by trying the generator as a new user would; each stays fixed.</summary>
public class RegressionTests
{
    [Fact]
    public void Overloads_get_one_file_each_instead_of_crashing_the_generator()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Overloads
            {
                [Differentiable] public static double F(double x) => x * x;
                [Differentiable] public static double F(double x, double y) => x * y;
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("Overloads.F(double).Gradient.g.cs", run.GeneratedSources.Keys);
        Assert.Contains("Overloads.F(double,double).Gradient.g.cs", run.GeneratedSources.Keys);
    }

    [Fact]
    public void A_method_declared_twice_gets_the_compiler_error_alone_instead_of_two_files_of_one_name()
    {
        // Found by the mutation tests: renaming a method to its neighbour's name, as while typing, made both claim one file.
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Bonds
            {
                [Differentiable] public static double Price(double yield, int years) => years / (1 + yield);
                [Differentiable] public static double Price(double rate, int count) => count * rate;
            }
            """
        );

        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id is "CS8785" or "PGEN999");
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.CompilationErrors, error => error.Id == "CS0111");
    }

    [Fact]
    public void Overloads_with_as_many_parameters_of_other_types_get_one_file_each()
    {
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;
            public static partial class Algebra
            {
                [Differentiable] public static double Square(double x) => x * x;
                [Differentiable] public static float Square(float x) => x * x;
                [Differentiable] public static double Sum(double[] x) => x[0] + x[1];
                [Differentiable] public static double Sum(ReadOnlySpan<double> x) => x[0] + x[1];
                [Differentiable] public static float Sum(Span<float> x, int n) => x[0] * n;
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Equal(
            new[]
            {
                "Algebra.Square(double).Gradient.g.cs",
                "Algebra.Square(float).Gradient.g.cs",
                "Algebra.Sum(ReadOnlySpan{double}).Gradient.g.cs",
                "Algebra.Sum(Span{float},int).Gradient.g.cs",
                "Algebra.Sum(double[]).Gradient.g.cs",
            },
            run.GeneratedSources.Keys.OrderBy(name => name, System.StringComparer.Ordinal)
        );
    }

    [Fact]
    public void An_unsupported_statement_is_reported_even_when_skipping_it_leaves_a_local_unassigned()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Silent
            {
                [Differentiable]
                public static double Pick(double x)
                {
                    double a;
                    switch (x > 0)
                    {
                        case true: a = x; break;
                        default: a = -x; break;
                    }

                    return a;
                }
            }
            """
        );

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PGEN005", diagnostic.Id);
        Assert.Contains("a 'switch' statement", diagnostic.GetMessage());
    }

    [Fact]
    public void A_method_without_parameters_gets_a_gradient_method_that_compiles()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Constants
            {
                [Differentiable] public static double Three() => 3.0;
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("public static double ThreeGradient()", run.GeneratedSources.Values.Single());
    }

    [Fact]
    public void Keywords_used_as_names_keep_their_at_sign()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Keywords
            {
                [Differentiable] public static double Twice(double @double, double @in) => @double * @in * 2;
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("double @double, double @in, out double dDouble, out double dIn", run.GeneratedSources.Values.Single());
    }

    [Fact]
    public void A_data_parameter_of_a_differentiable_method_is_not_differentiated()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Scaled
            {
                [Differentiable] public static double Scale(double w, [Data] double x) => w * x;
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("ScaleGradient(double w, double x, out double dW)", run.GeneratedSources.Values.Single());
    }

    [Fact]
    public void The_declaration_of_a_partial_method_is_named_as_such()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Split
            {
                [Differentiable] public static partial double Half(double x);
                public static partial double Half(double x) => x / 2;
            }
            """
        );

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Contains("the declaration of a partial method", diagnostic.GetMessage());
    }

    [Fact]
    public void The_doc_comment_states_the_rule_at_kinks_where_the_method_has_one()
    {
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;
            public static partial class Kinks
            {
                [Differentiable] public static double Relu(double x) => Math.Max(x, 0);
                [Differentiable] public static double Smooth(double x) => Math.Exp(x);
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("minimum-norm subgradient", run.GeneratedSources["Kinks.Relu.Gradient.g.cs"]);
        Assert.DoesNotContain("minimum-norm subgradient", run.GeneratedSources["Kinks.Smooth.Gradient.g.cs"]);
    }

    [Fact]
    public void Generated_files_raise_no_compiler_warning_for_the_users_own_statements()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Counting
            {
                [Differentiable]
                public static double Squares(double x)
                {
                    double t = 0;
                    while (t < 3) { x = x * x; t += 1; }
                    return x;
                }

                [Differentiable] public static double Same(double x) => System.Math.Max(x, x);
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        var generatedWarnings = run
            .OutputCompilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .Where(diagnostic => diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal) == true);
        Assert.Empty(generatedWarnings);
    }

    [Fact]
    public void Parameters_that_differ_only_in_case_get_distinct_tuple_elements()
    {
        var run = GeneratorHarness.Run(
            """
            using Perceptron.Gen;
            public static partial class Cases
            {
                [Differentiable] public static double F(double x, double X, double x2) => x * X + x2;
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("(double Value, double DX, double DX2, double DX22)", run.GeneratedSources.Values.Single());
    }

    [Fact]
    public void A_file_local_type_is_reported_instead_of_crashing_the_generator()
    {
        const string source = """
            using Perceptron.Gen;
            namespace N;
            file static partial class C
            {
                [Differentiable] public static double F(double x) => x * x;
            }
            """;
        var run = GeneratorHarness.Run(source, source);

        // The generator skips the misplaced methods silently; the analyzer beside it reports each once.
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.GeneratedSources);
        var reported = GeneratorHarness.Analyze(run.OutputCompilation);
        Assert.All(reported, diagnostic => Assert.Equal("PGEN015", diagnostic.Id));
        Assert.Equal(2, reported.Length);
    }

    [Theory]
    [InlineData("public static partial class Orbit Orbit\n{")]
    [InlineData("public static partial class Orbit\n[")]
    public void A_method_left_outside_every_type_by_a_broken_declaration_gets_the_compilers_error_alone(string brokenDeclaration)
    {
        // Found by the mutation tests: the method parses at namespace level, so no type encloses its generated code.
        var run = GeneratorHarness.Run(
            $$"""
            using Perceptron.Gen;
            namespace Physics;
            {{brokenDeclaration}}
                [Differentiable]
                public static double Radius(double x, double y) => System.Math.Sqrt(x * x + y * y);
            }
            """
        );

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.GeneratedSources);
        Assert.NotEmpty(run.CompilationErrors);
    }

    [Fact]
    public void A_negated_integer_is_read_where_an_integer_is_expected()
    {
        // Found with the corpus: a loan's payment raises 1 + r to the power -months.
        var run = GeneratorHarness.Run(
            """
            using System;
            using Perceptron.Gen;
            public static partial class Loans
            {
                [Differentiable]
                public static double Payment(double loan, double rate, int months) => loan * rate / (1 - Math.Pow(1 + rate, -months));

                [Differentiable]
                public static double Twice(double x, int n) => Math.Pow(x, -(-n)) + Math.Pow(x, +n);
            }
            """
        );

        AssertCompilesWithoutGeneratorFailure(run);
        Assert.Contains("Math.Pow(1.0 + rate, (double)(-months))", run.GeneratedSources["Loans.Payment.Gradient.g.cs"]);
        Assert.Contains("Math.Pow(x, (double)(-(-n)))", run.GeneratedSources["Loans.Twice.Gradient.g.cs"]);
    }

    [Fact]
    public void A_caller_of_a_differentiable_method_the_generator_refuses_gets_no_gradient_and_nothing_fails_to_compile()
    {
        // Found with the corpus: a bond's yield by Newton steps calls the price's slope, which had a construct not supported.
        // The caller's gradient would call a gradient that is never generated; it is left out, transitively, and the
        // callee's own diagnostic says why.
        const string markup = """
            using Perceptron.Gen;
            public static partial class Calls
            {
                [Differentiable] public static double Inner(double x) => {|PGEN004:x % 2|};
                [Differentiable] public static double Outer(double x) => 3 * Inner(x);
                [Differentiable] public static double Outermost(double x) => Outer(x) + 1;
                [Differentiable] public static double Unrelated(double x) => x * x;
            }
            """;
        var (source, expected) = DiagnosticMarkup.Parse(markup);

        var run = GeneratorHarness.Run(source);

        Assert.Equal(
            expected.Select(diagnostic => diagnostic.Span),
            run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Location.SourceSpan).Order()
        );
        Assert.Empty(run.CompilationErrors);
        Assert.Equal(new[] { "Calls.Unrelated.Gradient.g.cs" }, run.GeneratedSources.Keys);
    }

    private static void AssertCompilesWithoutGeneratorFailure(GeneratorRun run)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id is "CS8785" or "PGEN999");
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.CompilationErrors.IsEmpty, string.Join("\n", run.CompilationErrors.Select(error => error.ToString())));
    }
}
