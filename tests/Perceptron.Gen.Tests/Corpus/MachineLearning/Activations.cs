using System;
using Perceptron.Gen;

namespace Corpus.MachineLearning;

/// <summary>Activation functions.</summary>
public static partial class Activations
{
    // Written with a branch so that neither exponential overflows.
    // domain: x -30..30
    [Differentiable]
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    // domain: x -30..30
    [Differentiable]
    public static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

    // The tanh approximation of GELU.
    // domain: x -5..5
    [Differentiable]
    public static double Gelu(double x) => 0.5 * x * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));

    // domain: x -5..5, beta 0.5..2
    [Differentiable]
    public static double Swish(double x, double beta) => x * Sigmoid(beta * x);

    // domain: x -3..3, alpha 0.5..1.5
    [Differentiable]
    public static double Elu(double x, double alpha)
    {
        if (x > 0)
        {
            return x;
        }

        return alpha * (Math.Exp(x) - 1);
    }

    // An activation chosen by number.
    [Differentiable]
    public static double Choose(double x, int kind) =>
        {|PGEN004:kind switch
        {
            0 => x,
            1 => Math.Tanh(x),
            _ => Math.Max(x, 0),
        }|};
}
