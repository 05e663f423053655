using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Running;
using Xunit;
using Xunit.Abstractions;

namespace Perceptron.Gen.Tests.Properties;

/// <summary>
/// Random block-bodied methods through the generator: locals, assignments and compound assignments to locals and
/// parameters, <c>if</c>/<c>else</c> with early returns. A separate class from the expression property, so xUnit runs
/// the two side by side; fewer programs, as each takes about twice as long to compile. See <see cref="PropertySettings"/>
/// to run longer or with a new seed.
/// </summary>
public class BlockGradientProperties(ITestOutputHelper output)
{
    [Fact]
    public void Generated_gradients_of_random_programs_with_branches_match_dual_numbers_and_finite_differences()
    {
        var settings = PropertySettings.FromEnvironment(defaultPrograms: 400);
        new GradientProperty(ProgramGenerators.Cases(ProgramGenerators.BlockPrograms), settings, output).Holds();
    }
}
