using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Reading;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// Each diagnostic, on the exact span to change, with a message that names the method and the construct, as the compiler
/// reports them with the package's generator and analyzer together. Nothing is generated for a method with a diagnostic,
/// no diagnostic is reported by both, and no exception ever leaves the generator.
/// </summary>
public class DiagnosticTests
{
    private const string Usings = "using System;\nusing Perceptron.Gen;\n";

    [Fact]
    public void PGEN001_a_containing_type_that_is_not_partial()
    {
        var reported = Verify(
            """
            public static class {|PGEN001:Shapes|}
            {
                [Differentiable]
                public static double Area(double width, double height) => width * height;
            }
            """
        );
        Assert.Contains("'Shapes' must be declared partial", Message(reported));
    }

    [Fact]
    public void PGEN001_an_outer_type_that_is_not_partial()
    {
        Verify(
            """
            public class {|PGEN001:Outer|}
            {
                public static partial class Inner
                {
                    [Differentiable]
                    public static double Square(double x) => x * x;
                }
            }
            """
        );
    }

    [Fact]
    public void PGEN002_an_instance_method()
    {
        var reported = Verify(
            """
            public partial class Shapes
            {
                [Differentiable]
                public double {|PGEN002:Area|}(double width, double height) => width * height;
            }
            """
        );
        Assert.Contains("'Area' must be static", Message(reported));
    }

    [Fact]
    public void PGEN003_a_parameter_the_result_and_a_local_that_are_not_double()
    {
        var reported = Verify(
            """
            public static partial class Counting
            {
                [Differentiable]
                public static {|PGEN003:decimal|} Scale(double x, {|PGEN003:long|} times, {|PGEN003:ref double|} y) => (decimal)x;

                [Differentiable]
                public static double Twice(double x)
                {
                    {|PGEN003:long|} two = 2;
                    return x * two;
                }
            }
            """
        );
        Assert.Contains("Parameter 'times' of 'Scale' is 'long'", Message(reported));
        Assert.Contains("The result of 'Scale' is 'decimal'", Message(reported));
        Assert.Contains("Local 'two' of 'Twice' is 'long'", Message(reported));
    }

    [Fact]
    public void PGEN003_a_local_of_another_type_is_reported_once_where_it_is_declared_not_again_where_it_is_used()
    {
        Verify(
            """
            public static partial class Interest
            {
                [Differentiable]
                public static double Monthly(double rate, double years)
                {
                    {|PGEN003:long|} periods = 12;
                    periods += 1;
                    periods++;
                    periods = periods * 2;
                    {|PGEN003:decimal|} fee = 0.5m;
                    double scaled = rate / periods + (double)fee;
                    return scaled * years + {|PGEN004:years % 2|};
                }
            }
            """
        );
    }

    [Fact]
    public void PGEN004_unsupported_expressions_each_on_its_own_span()
    {
        var reported = Verify(
            """
            public static partial class Waves
            {
                private static readonly double Phase = 0.5;

                [Differentiable]
                public static double Wave(double x, double y)
                {
                    double a = {|PGEN004:Math.BitIncrement(x)|} + {|PGEN004:x % 2|};
                    double b = {|PGEN004:x switch { > 0 => x, _ => 0 }|} * {|PGEN004:Phase|};
                    return a + b + Math.ScaleB(x, {|PGEN004:(int)y|});
                }
            }
            """
        );
        var message = Message(reported);
        Assert.Contains("'Wave' cannot be differentiated: a call to 'Math.BitIncrement' is not supported", message);
        Assert.Contains("the '%' operator", message);
        Assert.Contains("a 'switch' expression", message);
        Assert.Contains("reading the field 'Phase'", message);
        Assert.Contains("Math.ScaleB with a power of two that is not a compile-time constant", message);
    }

    [Fact]
    public void PGEN005_unsupported_statements()
    {
        var reported = Verify(
            """
            public static partial class Loops
            {
                [Differentiable]
                public static double Sum(double x)
                {
                    double total = 0;
                    {|PGEN005:for (var i = 0; i < 3; i += 2) total += x;|}
                    {|PGEN005:try { total = x; } finally { }|}
                    return total;
                }
            }
            """
        );
        Assert.Contains(
            "'Sum' cannot be differentiated: a 'for' loop that is not of the form 'for (int i = start; i < end; i++)' is not supported",
            Message(reported)
        );
        Assert.Contains("a 'try' statement", Message(reported));
    }

    [Fact]
    public void PGEN005_goto_and_ref_locals()
    {
        var reported = Verify(
            """
            public static partial class Jumps
            {
                [Differentiable]
                public static double Twice(double x)
                {
                    double total = x;
                    {|PGEN005:ref double alias = ref total;|}
                    {|PGEN005:goto done;|}
                    {|PGEN005:done: total = total * 2;|}
                    return total;
                }
            }
            """
        );
        Assert.Contains("the ref local 'alias'", Message(reported));
        Assert.Contains("a 'goto' statement", Message(reported));
    }

    [Fact]
    public void PGEN006_a_name_that_is_not_a_parameter()
    {
        var reported = Verify(
            """
            public static partial class Shapes
            {
                [Differentiable("width", {|PGEN006:"depth"|})]
                public static double Area(double width, double height) => width * height;
            }
            """
        );
        Assert.Contains("'Area' has no double parameter named 'depth'", Message(reported));
    }

    [Fact]
    public void PGEN007_a_model_without_a_loss()
    {
        Verify(
            """
            public static partial class Lonely
            {
                [Model]
                public static double {|PGEN007:Predict|}(double w, [Data] double x) => w * x;
            }
            """
        );
    }

    [Fact]
    public void PGEN008_a_loss_without_a_model()
    {
        Verify(
            """
            public static partial class Lonely
            {
                [Loss]
                public static double {|PGEN008:SquaredError|}(double prediction, double y) => (prediction - y) * (prediction - y);
            }
            """
        );
    }

    [Fact]
    public void PGEN009_a_loss_with_the_wrong_parameters()
    {
        var reported = Verify(
            """
            public static partial class Odd
            {
                [Model]
                public static double Predict(double w, [Data] double x) => w * x;

                [Loss]
                public static double Error{|PGEN009:(double prediction, double y, double weight)|} => weight * (prediction - y);
            }
            """
        );
        Assert.Contains("'Error' must take exactly two double parameters", Message(reported));
    }

    [Fact]
    public void PGEN010_two_models_in_one_type()
    {
        Verify(
            """
            public static partial class Twice
            {
                [Model]
                public static double Predict(double w, [Data] double x) => w * x;

                [Model]
                public static double {|PGEN010:PredictAgain|}(double w, [Data] double x) => w * x;

                [Loss]
                public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
            }
            """,
            generatedFiles: 1
        );
    }

    [Fact]
    public void PGEN011_a_model_whose_parameters_are_all_data()
    {
        Verify(
            """
            public static partial class Fixed
            {
                [Model]
                public static double Predict{|PGEN011:([Data] double x)|} => 2 * x;

                [Loss]
                public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
            }
            """
        );
    }

    [Fact]
    public void PGEN012_a_generic_method()
    {
        Verify(
            """
            public static partial class Generic
            {
                [Differentiable]
                public static double Identity{|PGEN012:<T>|}(double x) => x;
            }
            """
        );
    }

    [Fact]
    public void PGEN002_and_PGEN012_on_one_method_and_PGEN002_on_a_loss()
    {
        Verify(
            """
            public partial class Shapes
            {
                [Differentiable]
                public double {|PGEN002:Scale|}{|PGEN012:<T>|}(double x) => 2 * x;
            }

            public static partial class Fitting
            {
                [Model]
                public static double Predict(double w, [Data] double x) => w * x;

                [Loss]
                public double {|PGEN002:SquaredError|}(double prediction, double y) => (prediction - y) * (prediction - y);
            }
            """
        );
    }

    [Fact]
    public void PGEN001_once_for_a_model_and_its_loss_in_a_type_that_is_not_partial()
    {
        var reported = Verify(
            """
            public static class {|PGEN001:Fitting|}
            {
                [Model]
                public static double Predict(double w, [Data] double x) => w * x;

                [Loss]
                public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
            }
            """
        );
        Assert.Contains(
            "'Fitting' must be declared partial so that Perceptron.Gen can add the derivatives of 'Predict'",
            Message(reported)
        );
    }

    [Fact]
    public void PGEN015_a_file_local_type()
    {
        Verify(
            """
            file static partial class {|PGEN015:Shapes|}
            {
                [Differentiable]
                public static double Area(double width, double height) => width * height;
            }
            """
        );
    }

    [Fact]
    public void Placement_is_reported_by_the_analyzer_and_the_generator_skips_the_method_without_a_word()
    {
        var run = GeneratorHarness.Run(
            Usings
                + """
                public class Outer
                {
                    public class Inner
                    {
                        [Differentiable]
                        public double Square<T>(double x) => x * x;
                    }
                }
                """
        );

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.GeneratedSources);
        Assert.Empty(run.CompilationErrors);
        var fromAnalyzer = GeneratorHarness.Analyze(run.OutputCompilation).Select(diagnostic => diagnostic.Id).OrderBy(id => id);
        Assert.Equal(new[] { "PGEN001", "PGEN001", "PGEN002", "PGEN012" }, fromAnalyzer);
    }

    [Fact]
    public void PGEN004_double_in_a_float_method()
    {
        var reported = Verify(
            """
            public static partial class Mixed
            {
                [Differentiable]
                public static float Scale(float x) => (float)({|PGEN004:x * 2.5|});
            }
            """
        );
        Assert.Contains("a double value in a method that computes in float", Message(reported));
    }

    [Fact]
    public void PGEN004_a_call_to_a_method_with_no_derivative()
    {
        var reported = Verify(
            """
            public static class Library
            {
                public static double Erf(double x) => x;
            }

            public static partial class Statistics
            {
                [Differentiable]
                public static double Cdf(double z) => 0.5 * (1 + {|PGEN004:Library.Erf(z)|});
            }
            """
        );
        Assert.Contains(
            "a call to 'Library.Erf', which has neither [Differentiable] nor a [DerivativeOf] method, is not supported",
            Message(reported)
        );
    }

    [Fact]
    public void PGEN013_a_supplied_derivative_that_does_not_fit()
    {
        var reported = Verify(
            """
            public static class Library
            {
                public static double Erf(double x) => x;
            }

            public static partial class Statistics
            {
                [{|PGEN013:DerivativeOf(typeof(Library), nameof(Library.Erf))|}]
                public static double ErfDerivative(double x) => 1;
            }
            """
        );
        Assert.Contains("'ErfDerivative' cannot be the derivative of 'Erf'", Message(reported));
    }

    [Fact]
    public void PGEN014_a_supplied_derivative_of_a_method_that_does_not_exist()
    {
        Verify(
            """
            public static partial class Statistics
            {
                [{|PGEN014:DerivativeOf("Missing")|}]
                public static double MissingDerivative(double x, out double dX) { dX = 1; return x; }
            }
            """
        );
    }

    [Fact]
    public void PGEN999_an_internal_failure_becomes_a_diagnostic_not_an_exception()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            "class C { static double Broken(double x) => x; }",
            path: "Broken.cs"
        );
        var identifier = tree.GetRoot().DescendantTokens().First(token => token.Text == "Broken");

        var result = GeneratorSafety.Guard<DifferentiableMethod>(identifier, "Broken", () => throw new InvalidOperationException("a bug"));

        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Null(result.Value);
        Assert.Equal("PGEN999", diagnostic.Id);
        Assert.Equal(identifier.Span, diagnostic.Location.SourceSpan);
        Assert.Contains("InvalidOperationException: a bug", diagnostic.GetMessage());
    }

    [Fact]
    public void Code_that_does_not_compile_gets_the_compiler_error_alone()
    {
        var run = GeneratorHarness.Run(
            Usings
                + """
                public static partial class Typing
                {
                    [Differentiable]
                    public static double Half(double x) => x * notYetTyped;
                }
                """
        );
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.GeneratedSources);
        Assert.Contains(run.CompilationErrors, error => error.Id == "CS0103");
    }

    /// <summary>
    /// Errors of every stage of the compiler: parsing, binding a name, a type or an overload, converting, and flow analysis.
    /// The generator reports nothing on such a method, and whatever it generates adds no error of its own.
    /// </summary>
    [Theory]
    [InlineData("CS1002", "double y = x * 2 return y;")]
    [InlineData("CS0246", "Vector2 v = default; return x;")]
    [InlineData("CS1501", "return Math.Sin(x, x);")]
    [InlineData("CS0029", "double y = \"two\"; return x * y;")]
    [InlineData("CS0165", "double y; if (x > 0) { y = 1; } return x * y;")]
    [InlineData("CS0161", "if (x > 0) { return x; }")]
    [InlineData("CS0126", "return;")]
    [InlineData("CS0103", "return x * Twice(x);")]
    [InlineData("CS0019", "return x + true;")]
    public void A_method_with_a_compile_error_gets_the_compiler_error_alone(string error, string body)
    {
        var run = GeneratorHarness.Run(
            Usings
                + $$"""
                public static partial class Typing
                {
                    [Differentiable]
                    public static double Scaled(double x)
                    {
                        {{body}}
                    }
                }
                """
        );

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.CompilationErrors, diagnostic => diagnostic.Id == error);
        Assert.DoesNotContain(run.CompilationErrors, diagnostic =>
            diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true
        );
    }

    [Fact]
    public void Every_descriptor_is_an_error_with_a_PGEN_identifier()
    {
        Assert.All(DiagnosticDescriptors.All, descriptor =>
        {
            Assert.Matches("^PGEN[0-9]{3}$", descriptor.Id);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        });
    }

    /// <summary>
    /// Runs the generator and the analyzer over the markup and checks exactly the marked diagnostics are reported, each on
    /// its span and by one of them only.
    /// </summary>
    /// <param name="markup">User code with the expected diagnostics marked.</param>
    /// <param name="generatedFiles">How many files the methods without a diagnostic still get.</param>
    /// <returns>Every diagnostic reported, by either.</returns>
    private static ImmutableArray<Diagnostic> Verify(string markup, int generatedFiles = 0)
    {
        var (source, expected) = DiagnosticMarkup.Parse(Usings + markup);
        var run = GeneratorHarness.Run(source);
        var analyzerDiagnostics = GeneratorHarness.Analyze(run.OutputCompilation);
        var reported = run.GeneratorDiagnostics.AddRange(analyzerDiagnostics);

        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "CS8785");
        Assert.DoesNotContain(run.GeneratorDiagnostics, fromGenerator =>
            analyzerDiagnostics.Any(fromAnalyzer =>
                fromAnalyzer.Id == fromGenerator.Id && fromAnalyzer.Location.SourceSpan == fromGenerator.Location.SourceSpan
            )
        );
        var actual = reported
            .Select(diagnostic => (diagnostic.Id, diagnostic.Location.SourceSpan))
            .OrderBy(pair => pair.SourceSpan.Start)
            .ThenBy(pair => pair.Id, StringComparer.Ordinal)
            .ToList();
        var wanted = expected
            .Select(diagnostic => (diagnostic.Id, diagnostic.Span))
            .OrderBy(pair => pair.Span.Start)
            .ThenBy(pair => pair.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            wanted.SequenceEqual(actual),
            $"Expected {string.Join(", ", expected.Select(e => $"{e.Id} on '{e.Text}'"))}\n"
                + $"but got {string.Join(", ", reported.Select(d => $"{d.Id} on '{source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)}': {d.GetMessage()}"))}"
        );
        Assert.Equal(generatedFiles, run.GeneratedSources.Count);
        return reported;
    }

    private static string Message(ImmutableArray<Diagnostic> reported) =>
        string.Join("\n", reported.Select(diagnostic => diagnostic.GetMessage()));
}
