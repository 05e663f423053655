using System;
using Perceptron.Gen;

namespace PackageConsumer;

/// <summary>A function of two variables, differentiated by the generator from the package.</summary>
public static partial class Surface
{
    /// <summary>h(x, y) = x²·y + 3·y.</summary>
    [Differentiable]
    public static double Height(double x, double y) => Math.Pow(x, 2) * y + 3 * y;
}

/// <summary>A line fitted by its mean squared error: the generator adds Forward, Loss and Backward.</summary>
public static partial class Line
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
