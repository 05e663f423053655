using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Perceptron.Gen.Tests.Infrastructure;
using Perceptron.Gen.Tests.Robustness.Gradients;
using Xunit;
using Xunit.Abstractions;

namespace Perceptron.Gen.Tests.Robustness;

/// <summary>
/// Right or absent: every corpus method that got a gradient has every partial equal to central finite differences at
/// random points of the domain its comment states. A method the generator refused has no gradient, which is allowed here
/// (<see cref="CorpusTests"/> checks that each refusal is a marked diagnostic).
/// </summary>
public class CorpusGradientTests(CompiledCorpus corpus, ITestOutputHelper output) : IClassFixture<CompiledCorpus>
{
    private const int PointsPerMethod = 16;

    /// <summary>At least this share of each method's partials must be compared, not skipped as near a kink.</summary>
    private const double ComparedShare = 0.8;

    public static TheoryData<string> MethodsWithDomains()
    {
        var data = new TheoryData<string>();
        foreach (var file in CorpusFile.All)
        {
            var root = CSharpSyntaxTree.ParseText(file.Source, GeneratorHarness.ParseOptions).GetRoot();
            foreach (var (type, method) in CorpusMembers.Differentiable(root).Where(pair => ParameterDomain.Of(pair.Method) is not null))
            {
                data.Add($"{type.Identifier.Text}.{method.Identifier.Text}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsWithDomains))]
    public void Every_partial_agrees_with_finite_differences(string methodName)
    {
        var method = Assert.Contains(methodName, corpus.Methods);
        var outcome = GradientCheck.Run(method, new System.Random(StableSeed(methodName)), PointsPerMethod);

        output.WriteLine($"{methodName}: {outcome.Checked} partials compared, {outcome.Skipped} skipped as unsteady");
        Assert.True(outcome.Mismatches.Count == 0, string.Join("\n", outcome.Mismatches.Take(10)));
        Assert.True(
            outcome.Checked >= ComparedShare * outcome.Total,
            $"Only {outcome.Checked} of {outcome.Total} partials of {methodName} could be compared; move its domain away from kinks."
        );
    }

    [Fact]
    public void Most_of_the_corpus_gets_gradients_to_check()
    {
        Assert.True(corpus.Methods.Count >= 50, $"{corpus.Methods.Count} corpus methods got a gradient; at least 50 should.");
        Assert.Equal(MethodsWithDomains().Count, corpus.Methods.Count);
    }

    /// <summary>A seed from the name that is the same in every process (string hashes are not): FNV-1a.</summary>
    private static int StableSeed(string name) => name.Aggregate(unchecked((int)2166136261), (hash, c) => unchecked((hash ^ c) * 16777619));
}
