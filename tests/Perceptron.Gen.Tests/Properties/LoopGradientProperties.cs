using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Running;
using Xunit;
using Xunit.Abstractions;

namespace Perceptron.Gen.Tests.Properties;

/// <summary>
/// Random methods with loops through the generator: <c>for</c> to a constant, to an int parameter or over an array or
/// span, <c>foreach</c>, <c>while</c> and <c>do</c>, nested two deep, with <c>break</c> and <c>continue</c>, and variables
/// carried from one iteration to the next as running sums and non-linearly. A class of its own, so xUnit runs it beside
/// the other properties. See <see cref="PropertySettings"/> to run longer or with a new seed.
/// </summary>
public class LoopGradientProperties(ITestOutputHelper output)
{
    [Fact]
    public void Generated_gradients_of_random_programs_with_loops_match_dual_numbers_and_finite_differences()
    {
        var settings = PropertySettings.FromEnvironment(defaultPrograms: 200);
        new GradientProperty(ProgramGenerators.Cases(ProgramGenerators.LoopPrograms), settings, output).Holds();
    }
}
