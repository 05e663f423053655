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

/// <summary>Losses of one prediction, and of a batch.</summary>
public static partial class Losses
{
    // domain: prediction -3..3, target -3..3, delta 0.5..2
    [Differentiable]
    public static double Huber(double prediction, double target, double delta)
    {
        double residual = prediction - target;
        if (Math.Abs(residual) <= delta)
        {
            return 0.5 * residual * residual;
        }

        return delta * (Math.Abs(residual) - 0.5 * delta);
    }

    // domain: prediction -3..3, target -3..3
    [Differentiable]
    public static double LogCosh(double prediction, double target) => Math.Log(Math.Cosh(prediction - target));

    // domain: score -3..3, label -1..1
    [Differentiable]
    public static double Hinge(double score, double label) => Math.Max(0, 1 - label * score);

    // Binary cross-entropy from a logit, in the form that stays finite for large logits.
    // domain: logit -20..20, label 0..1
    [Differentiable]
    public static double CrossEntropyFromLogit(double logit, double label) =>
        Math.Max(logit, 0) - logit * label + Math.Log(1 + Math.Exp(-Math.Abs(logit)));

    // The negative log of softmax(logits)[label].
    // domain: logits[4] -5..5, label = 1
    [Differentiable]
    public static double CrossEntropy(ReadOnlySpan<double> logits, int label)
    {
        double max = logits[0];
        for (int i = 1; i < logits.Length; i++)
        {
            max = Math.Max(max, logits[i]);
        }

        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            sum += Math.Exp(logits[i] - max);
        }

        return max + Math.Log(sum) - logits[label];
    }

    // domain: predictions[6] -2..2, targets[6] -2..2
    [Differentiable(nameof(predictions))]
    public static double MeanSquaredError(ReadOnlySpan<double> predictions, ReadOnlySpan<double> targets)
    {
        double total = 0;
        for (int i = 0; i < predictions.Length; i++)
        {
            total += (predictions[i] - targets[i]) * (predictions[i] - targets[i]);
        }

        return total / predictions.Length;
    }

    // Stops at the first prediction far off: a return inside a loop.
    [Differentiable]
    public static double FirstLargeError(double[] predictions, double[] targets)
    {
        for (int i = 0; i < predictions.Length; i++)
        {
            double error = predictions[i] - targets[i];
            if (error * error > 1)
            {
                {|PGEN005:return error;|}
            }
        }

        return 0;
    }
}

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
