using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>The single perceptron ŷ = w·x + b with squared error, as a user writes it; the generator adds Forward, Loss, Backward.</summary>
public static partial class WorkedExamplePerceptron
{
    [Model]
    public static double Predict(double w, double b, [Data] double x) => w * x + b;

    [Loss]
    public static double SquaredError(double prediction, double y)
    {
        double error = prediction - y;
        return error * error;
    }
}

/// <summary>A model with two features and a local, and a loss written without locals, to exercise the general path.</summary>
public static partial class TwoFeatureModel
{
    [Model]
    public static double Predict(double w1, double w2, double b, [Data] double x1, [Data] double x2)
    {
        double linear = w1 * x1 + w2 * x2;
        return linear + b;
    }

    [Loss]
    public static double HalfSquaredError(double prediction, double target) => (prediction - target) * (prediction - target) / 2;
}
