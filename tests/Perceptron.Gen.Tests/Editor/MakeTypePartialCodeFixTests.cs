using System.Linq;
using System.Threading.Tasks;
using Perceptron.Gen.CodeFixes;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Editor;

/// <summary>
/// The fix for PGEN001 as an IDE applies it: the marked diagnostic is the one the analyzer reports and the one fixed,
/// the text after the fix is exactly as expected, and the fixed code then generates without a diagnostic.
/// </summary>
public class MakeTypePartialCodeFixTests
{
    private const string Usings = "using Perceptron.Gen;\n\n";

    [Fact]
    public async Task Adds_partial_after_the_other_modifiers()
    {
        await VerifyFix(
            """
            public static class {|PGEN001:Shapes|}
            {
                [Differentiable]
                public static double Area(double width, double height) => width * height;
            }
            """,
            """
            public static partial class Shapes
            {
                [Differentiable]
                public static double Area(double width, double height) => width * height;
            }
            """,
            "Declare 'Shapes' partial"
        );
    }

    [Fact]
    public async Task Keeps_the_doc_comment_and_indentation_of_a_type_without_modifiers()
    {
        await VerifyFix(
            """
            namespace Geometry
            {
                /// <summary>Areas.</summary>
                class {|PGEN001:Shapes|}
                {
                    [Differentiable]
                    public static double Area(double width, double height) => width * height;
                }
            }
            """,
            """
            namespace Geometry
            {
                /// <summary>Areas.</summary>
                partial class Shapes
                {
                    [Differentiable]
                    public static double Area(double width, double height) => width * height;
                }
            }
            """,
            "Declare 'Shapes' partial"
        );
    }

    [Fact]
    public async Task Fixing_the_inner_type_also_makes_the_enclosing_types_partial()
    {
        await VerifyFix(
            """
            public class {|PGEN001:Outer|}
            {
                [System.Obsolete("kept")]
                public record struct {|PGEN001:Inner|}
                {
                    [Differentiable]
                    public static double Square(double x) => x * x;
                }
            }
            """,
            """
            public partial class Outer
            {
                [System.Obsolete("kept")]
                public partial record struct Inner
                {
                    [Differentiable]
                    public static double Square(double x) => x * x;
                }
            }
            """,
            "Declare 'Inner' partial",
            fixIndex: 1
        );
    }

    [Fact]
    public async Task Fixing_the_outer_type_leaves_a_partial_inner_type_alone()
    {
        await VerifyFix(
            """
            internal sealed class {|PGEN001:Outer|}
            {
                internal static partial class Inner
                {
                    [Model]
                    public static double Predict(double w, [Data] double x) => w * x;

                    [Loss]
                    public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
                }
            }
            """,
            """
            internal sealed partial class Outer
            {
                internal static partial class Inner
                {
                    [Model]
                    public static double Predict(double w, [Data] double x) => w * x;

                    [Loss]
                    public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
                }
            }
            """,
            "Declare 'Outer' partial"
        );
    }

    /// <summary>
    /// Checks the analyzer reports exactly the marked PGEN001 diagnostics, applies the fix to the one at
    /// <paramref name="fixIndex"/>, compares the result with <paramref name="expected"/>, and checks the fixed code
    /// compiles and generates with no diagnostic left.
    /// </summary>
    private static async Task VerifyFix(string markup, string expected, string title, int fixIndex = 0)
    {
        var (source, marked) = DiagnosticMarkup.Parse(Usings + markup);
        var reported = GeneratorHarness
            .Analyze(GeneratorHarness.CreateCompilation(source))
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
        Assert.Equal(marked.Select(m => ("PGEN001", m.Span)), reported.Select(d => (d.Id, d.Location.SourceSpan)));

        var applied = await CodeFixHarness.ApplyAsync(new MakeTypePartialCodeFix(), source, reported[fixIndex]);

        Assert.Equal(title, applied.Title);
        Assert.Equal(Usings + expected, applied.FixedSource);
        var run = GeneratorHarness.Run(applied.FixedSource);
        Assert.Empty(run.CompilationErrors);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(GeneratorHarness.Analyze(run.OutputCompilation));
        Assert.Single(run.GeneratedSources);
    }
}
