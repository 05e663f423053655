using System;

namespace HousePrices.Training;

/// <summary>
/// Ordinary least squares for one feature, solved exactly from means and sums of deviations. It shares no code with the
/// generated gradients, so it checks the trained line independently.
/// </summary>
public static class ClosedFormLeastSquares
{
    /// <summary>
    /// Fits <c>y ≈ w·x + b</c> minimizing the mean squared error: <c>w = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²</c>, <c>b = ȳ − w·x̄</c>.
    /// </summary>
    /// <param name="x">The feature, one value per sample.</param>
    /// <param name="y">The target, one value per sample.</param>
    /// <returns>The least-squares line and its mean squared error on the data.</returns>
    /// <exception cref="ArgumentException">The columns differ in length, are empty, or x has no spread.</exception>
    public static LinearFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} samples but y has {y.Length}.", nameof(y));
        }

        double meanX = Statistics.Mean(x);
        double meanY = Statistics.Mean(y);
        double sumXX = 0;
        double sumXY = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double deviationX = x[i] - meanX;
            sumXX += deviationX * deviationX;
            sumXY += deviationX * (y[i] - meanY);
        }

        if (!(sumXX > 0))
        {
            throw new ArgumentException("Every x is the same, so the slope is undefined.", nameof(x));
        }

        double weight = sumXY / sumXX;
        double bias = meanY - (weight * meanX);
        return new LinearFit(weight, bias, MeanSquaredError(weight, bias, x, y));
    }

    private static double MeanSquaredError(double weight, double bias, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double residual = (weight * x[i]) + bias - y[i];
            sum += residual * residual;
        }

        return sum / x.Length;
    }
}
