using System;
using Perceptron.Gen;

namespace Corpus.MachineLearning;

/// <summary>Small dense networks over row-major weight arrays.</summary>
public static partial class Dense
{
    // A tanh layer, then the mean squared error against a target; weights[o·inputs + i].
    // domain: weights[6] -1..1, bias[2] -0.5..0.5, input[3] -2..2, target[2] -1..1
    [Differentiable(nameof(weights), nameof(bias))]
    public static double TanhLayerLoss(double[] weights, double[] bias, double[] input, double[] target)
    {
        int inputs = input.Length;
        double loss = 0;
        for (int o = 0; o < target.Length; o++)
        {
            double activation = bias[o];
            for (int i = 0; i < inputs; i++)
            {
                activation += weights[o * inputs + i] * input[i];
            }

            double error = Math.Tanh(activation) - target[o];
            loss += error * error;
        }

        return loss / target.Length;
    }

    // A ReLU hidden layer and one linear output, with an L2 penalty on both weight arrays.
    // domain: hiddenWeights[8] -1..1, hiddenBias[4] -0.5..0.5, outputWeights[4] -1..1, outputBias -0.5..0.5, input[2] -2..2, target -1..1, penalty 0..0.1
    [Differentiable(nameof(hiddenWeights), nameof(hiddenBias), nameof(outputWeights), nameof(outputBias))]
    public static double TwoLayerLoss(
        double[] hiddenWeights,
        double[] hiddenBias,
        double[] outputWeights,
        double outputBias,
        double[] input,
        double target,
        double penalty
    )
    {
        int inputs = input.Length;
        double output = outputBias;
        double squares = 0;
        for (int h = 0; h < hiddenBias.Length; h++)
        {
            double activation = hiddenBias[h];
            for (int i = 0; i < inputs; i++)
            {
                activation += hiddenWeights[h * inputs + i] * input[i];
                squares += hiddenWeights[h * inputs + i] * hiddenWeights[h * inputs + i];
            }

            output += outputWeights[h] * Math.Max(activation, 0);
            squares += outputWeights[h] * outputWeights[h];
        }

        double error = output - target;
        return error * error + penalty * squares;
    }

    // Logistic regression's mean loss over a batch, in float.
    // domain: w[3] -1..1, b -0.5..0.5, x[12] -2..2, y[4] 0..1
    [Differentiable(nameof(w), nameof(b))]
    public static float LogisticLoss(float[] w, float b, float[] x, float[] y)
    {
        int k = w.Length;
        float total = 0f;
        for (int s = 0; s < y.Length; s++)
        {
            float z = b;
            for (int j = 0; j < k; j++)
            {
                z += w[j] * x[s * k + j];
            }

            total += MathF.Log(1f + MathF.Exp(-z)) + (1f - y[s]) * z;
        }

        return total / y.Length;
    }

    // domain: weights[5] -2..2
    [Differentiable]
    public static double SquaredNorm(double[] weights)
    {
        double total = 0;
        foreach (double weight in weights)
        {
            total += weight * weight;
        }

        return total;
    }

    // Passing the whole weight array to another differentiable method.
    [Differentiable(nameof(weights))]
    public static double RidgeLoss(double[] weights, double[] input, double target)
    {
        double prediction = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            prediction += weights[i] * input[i];
        }

        return (prediction - target) * (prediction - target) + 0.01 * {|PGEN004:SquaredNorm(weights)|};
    }
}
