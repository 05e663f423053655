using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Running;
using Xunit;
using Xunit.Abstractions;

namespace Perceptron.Gen.Tests.Properties;

/// <summary>
/// Random expression-bodied methods through the generator: arithmetic, the math library in domain-safe shapes, kinks,
/// jumps and <c>?:</c>. See <see cref="PropertySettings"/> to run longer or with a new seed.
/// </summary>
public class ExpressionGradientProperties(ITestOutputHelper output)
{
    [Fact]
    public void Generated_gradients_of_random_expressions_match_dual_numbers_and_finite_differences()
    {
        var settings = PropertySettings.FromEnvironment(defaultPrograms: 480);
        new GradientProperty(ProgramGenerators.Cases(ProgramGenerators.ExpressionPrograms), settings, output).Holds();
    }
}
