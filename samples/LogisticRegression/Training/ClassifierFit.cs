using System;
using Samples.Common.Loading;
using Samples.Common.Training;

namespace LogisticRegression.Training;

/// <summary>A fitted logistic perceptron in the data's own units, with its log-likelihood and accuracy on the data.</summary>
/// <param name="Coefficients">The weights and bias of <c>z = Σⱼ wⱼ·xⱼ + b</c>.</param>
/// <param name="LogLikelihood">
/// <c>ℓ = Σᵢ (yᵢ·ln σ(zᵢ) + (1 − yᵢ)·ln(1 − σ(zᵢ)))</c>: the log of the probability the model gives the observed
/// classes.
/// </param>
/// <param name="Accuracy">The fraction of samples whose class is predicted right, predicting 1 where σ(z) &gt; ½.</param>
public sealed record ClassifierFit(LinearCoefficients Coefficients, double LogLikelihood, double Accuracy)
{
    /// <summary>Measures a logistic perceptron on a data set, in the data's own units, with plain code that is not generated.</summary>
    /// <param name="coefficients">The weights and bias.</param>
    /// <param name="table">The data, with classes 0 and 1 as the target.</param>
    /// <returns>The perceptron with its log-likelihood and accuracy.</returns>
    public static ClassifierFit Measure(LinearCoefficients coefficients, FeatureTable table)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(table);
        double logLikelihood = 0;
        int correct = 0;
        for (int i = 0; i < table.RowCount; i++)
        {
            double z = coefficients.Evaluate(table.Features, i);
            double label = table.Targets[i];

            // ln σ(z) = −softplus(−z) and ln(1 − σ(z)) = −softplus(z); together y·z − softplus(z), in its stable form.
            double softplus = Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
            logLikelihood += (label * z) - softplus;
            double predicted = z > 0 ? 1 : 0;
            correct += predicted == label ? 1 : 0;
        }

        return new ClassifierFit(coefficients, logLikelihood, (double)correct / table.RowCount);
    }
}
