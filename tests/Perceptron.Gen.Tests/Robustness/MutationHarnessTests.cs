using Perceptron.Gen.Tests.Robustness.Mutation;
using Xunit;

namespace Perceptron.Gen.Tests.Robustness;

/// <summary>The mutation tests' judge, on mutants whose outcome is known.</summary>
public class MutationHarnessTests
{
    private const string Original = """
        using Perceptron.Gen;
        public static partial class Calls
        {
            [Differentiable] public static double Inner(double x) => x * 2;
            [Differentiable] public static double Outer(double x) => 3 * Inner(x);
        }
        """;

    private readonly MutationHarness harness = new(Original);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Code_that_still_compiles_after_generation_is_judged_so(bool bindEverything) =>
        Assert.Equal(MutantKind.Compiles, harness.Check(Original.Replace("x * 2", "x * 4"), bindEverything).Kind);

    [Fact]
    public void A_syntax_error_and_a_type_error_are_the_users_own()
    {
        Assert.Equal(MutantKind.SyntaxError, harness.Check(Original.Replace("x * 2", "x * "), bindEverything: false).Kind);
        Assert.Equal(MutantKind.CompileError, harness.Check(Original.Replace("x * 2", "x * y"), bindEverything: false).Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_generated_member_that_clashes_with_the_users_is_a_new_error(bool bindEverything)
    {
        var clash = Original.Replace(
            "public static double Inner(double x) => x * 2;",
            "public static double Inner(double x) => x * 2;\n    public static (double Value, double DX) OuterGradient(double x) => (x, 1);"
        );

        var verdict = harness.Check(clash, bindEverything);

        Assert.Equal(MutantKind.NewErrors, verdict.Kind);
        Assert.Contains(verdict.Problems, problem => problem.Contains("CS0111"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_caller_of_a_refused_method_gets_no_gradient_and_no_new_error(bool bindEverything)
    {
        var verdict = harness.Check(Original.Replace("x * 2", "x % 2"), bindEverything);

        Assert.Equal(MutantKind.Compiles, verdict.Kind);
        Assert.False(verdict.IsFailure);
    }
}
