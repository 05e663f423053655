using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>Loops, arrays, spans and int parameters, each differentiated when this project builds.</summary>
public static partial class LoopOperations
{
    [Differentiable]
    public static double SumOfSquares(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += x[i] * x[i];
        }

        return sum;
    }

    [Differentiable]
    public static double MeanProduct(ReadOnlySpan<double> weights, double[] inputs)
    {
        double total = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            total += weights[i] * inputs[i];
        }

        return total / inputs.Length;
    }

    [Differentiable]
    public static double Horner(double t, ReadOnlySpan<double> coefficients)
    {
        double value = 0;
        foreach (var coefficient in coefficients)
        {
            value = value * t + coefficient;
        }

        return value;
    }

    [Differentiable]
    public static double Product(double[] x)
    {
        double product = 1;
        for (int i = 0; i < x.Length; i++)
        {
            product *= x[i];
        }

        return product;
    }

    [Differentiable]
    public static double IntegerPower(double x, int n)
    {
        double result = 1;
        for (int i = 1; i <= n; i++)
        {
            result *= x;
        }

        return result;
    }

    [Differentiable]
    public static double NewtonSquareRoot(double a)
    {
        double y = a;
        for (int step = 0; step < 8; step++)
        {
            y = 0.5 * (y + a / y);
        }

        return y;
    }

    [Differentiable]
    public static double BranchInLoop(double[] x, double slope)
    {
        double total = 0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                total += x[i] * slope;
            }
            else
            {
                total -= 0.5 * x[i];
            }
        }

        return total;
    }

    /// <summary>A tanh layer: h_i = tanh(Σ_j w[i·m + j]·x[j] + b[i]), then the sum of squares of h.</summary>
    [Differentiable]
    public static double HiddenLayer(double[] w, double[] b, double[] x, int hidden)
    {
        int inputs = x.Length;
        double energy = 0;
        for (int i = 0; i < hidden; i++)
        {
            double activation = b[i];
            for (int j = 0; j < inputs; j++)
            {
                activation += w[i * inputs + j] * x[j];
            }

            double h = Math.Tanh(activation);
            energy += h * h;
        }

        return energy;
    }

    [Differentiable]
    public static double CarriedProductOfSums(double[] x, double scale)
    {
        double carried = 1;
        double shift = scale * 2;
        for (int i = 0; i < x.Length; i++)
        {
            carried = carried * (x[i] + shift) / (1 + carried * carried);
        }

        return carried;
    }

    /// <summary>The README's example: a k-feature linear model's mean squared error, features row-major.</summary>
    [Differentiable(nameof(weights), nameof(bias))]
    public static double MeanSquaredError(ReadOnlySpan<double> weights, double bias, double[] features, double[] targets)
    {
        int k = weights.Length;
        double total = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            double prediction = bias;
            for (int j = 0; j < k; j++)
            {
                prediction += weights[j] * features[i * k + j];
            }

            double error = prediction - targets[i];
            total += error * error;
        }

        return total / targets.Length;
    }
}
