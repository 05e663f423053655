using Perceptron.Gen;

namespace Perceptron.Gen.Benchmarks.Models;

/// <summary>
/// The HousePrices sample's model, copied method for method so that the timed <c>Backward</c> is the one users get:
/// <c>ŷ = w·x + b</c> scored by the squared error. The generator adds <c>Forward</c>, <c>Loss</c> and <c>Backward</c>.
/// </summary>
public static partial class PricePerceptron
{
    /// <summary>The prediction for one sample: weight times feature plus bias.</summary>
    /// <param name="w">The weight (slope), a trainable parameter.</param>
    /// <param name="b">The bias (intercept), a trainable parameter.</param>
    /// <param name="x">The feature of one sample; data, not differentiated.</param>
    /// <returns>The predicted value.</returns>
    [Model]
    public static double Predict(double w, double b, [Data] double x) => w * x + b;

    /// <summary>The loss of one sample: the squared difference between prediction and target.</summary>
    /// <param name="prediction">The model's prediction for the sample.</param>
    /// <param name="y">The sample's target value.</param>
    /// <returns>The squared error.</returns>
    [Loss]
    public static double SquaredError(double prediction, double y)
    {
        double error = prediction - y;
        return error * error;
    }
}
