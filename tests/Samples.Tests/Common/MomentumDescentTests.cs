using Samples.Common.Training;
using Xunit;

namespace Samples.Tests.Common;

public sealed class MomentumDescentTests
{
    [Fact]
    public void WithoutMomentumAStepIsPlainGradientDescent()
    {
        var descent = new MomentumDescent(new TrainingSettings(epochs: 1, learningRate: 0.1, momentum: 0));
        double[] parameters = [1, -2];
        double[] velocity = [5, 5];

        descent.Step(parameters, velocity, [3, -4]);

        Assert.Equal([0.7, -1.6], parameters, (a, b) => System.Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void TheVelocityRemembersEarlierGradients()
    {
        var descent = new MomentumDescent(new TrainingSettings(epochs: 2, learningRate: 0.5, momentum: 0.9));
        double parameter = 0;
        double velocity = 0;

        descent.Step(ref parameter, ref velocity, 2);
        descent.Step(ref parameter, ref velocity, 2);

        // v₁ = −1, θ₁ = −1; v₂ = 0.9·(−1) − 1 = −1.9, θ₂ = −2.9.
        Assert.Equal(-1.9, velocity, 1e-15);
        Assert.Equal(-2.9, parameter, 1e-15);
    }
}
