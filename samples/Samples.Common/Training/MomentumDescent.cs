using System;

namespace Samples.Common.Training;

/// <summary>
/// The heavy-ball step (Polyak, 1964): a velocity that remembers past gradients, <c>v ← β·v − α·g</c>, then <c>θ ← θ + v</c>.
/// With β = 0 it is plain gradient descent. It takes the gradient g as given, from the generated code, and holds no
/// derivative of its own.
/// </summary>
/// <remarks>
/// On a quadratic loss whose curvatures lie between μ and L, plain gradient descent needs about L/μ steps per factor e of
/// progress; momentum needs about √(L/μ), which is what lets the samples converge to the last digit in a few hundred epochs
/// on correlated features.
/// </remarks>
/// <param name="settings">The learning rate α and momentum β.</param>
public sealed class MomentumDescent(TrainingSettings settings)
{
    /// <summary>Steps a block of parameters.</summary>
    /// <param name="parameters">The parameters, updated in place.</param>
    /// <param name="velocity">The block's velocity, as long as <paramref name="parameters"/>; zero before the first step.</param>
    /// <param name="gradient">∂L/∂θ for each parameter, as long as <paramref name="parameters"/>.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void Step(Span<double> parameters, Span<double> velocity, ReadOnlySpan<double> gradient)
    {
        if (velocity.Length != parameters.Length || gradient.Length != parameters.Length)
        {
            throw new ArgumentException(
                $"{parameters.Length} parameters need as many velocities and gradients, not {velocity.Length} and {gradient.Length}."
            );
        }

        for (int i = 0; i < parameters.Length; i++)
        {
            Step(ref parameters[i], ref velocity[i], gradient[i]);
        }
    }

    /// <summary>Steps one parameter.</summary>
    /// <param name="parameter">The parameter, updated in place.</param>
    /// <param name="velocity">Its velocity; zero before the first step.</param>
    /// <param name="gradient">∂L/∂θ.</param>
    public void Step(ref double parameter, ref double velocity, double gradient)
    {
        velocity = (settings.Momentum * velocity) - (settings.LearningRate * gradient);
        parameter += velocity;
    }
}
