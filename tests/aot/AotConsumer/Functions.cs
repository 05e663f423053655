using Perceptron.Gen;

namespace AotConsumer;

/// <summary>A function of three variables, with a gradient generated for each.</summary>
public static partial class Projectile
{
    /// <summary>The height at a time of a body thrown up at a speed, with the angle's small-angle vertical share.</summary>
    [Differentiable]
    public static double Height(double speed, double angle, double time)
    {
        double vertical = speed * angle;
        double drop = 9.81 * System.Math.Pow(time, 2) / 2;
        return vertical * time - drop;
    }
}

/// <summary>A loop that carries a value non-linearly, so its generated gradient keeps one value per iteration in an array.</summary>
public static partial class Polynomial
{
    /// <summary>Σₖ cₖ·xᵏ by Horner's scheme, differentiated with respect to x only.</summary>
    [Differentiable(nameof(x))]
    public static double Evaluate(double[] coefficients, double x)
    {
        double y = 0;
        for (int i = 0; i < coefficients.Length; i++)
        {
            y = y * x + coefficients[coefficients.Length - 1 - i];
        }

        return y;
    }
}

/// <summary>A one-feature perceptron and its loss, for a generated Forward, Loss and Backward.</summary>
public static partial class LinePerceptron
{
    /// <summary>The prediction for one sample.</summary>
    [Model]
    public static double Predict(double w, double b, [Data] double x) => w * x + b;

    /// <summary>The squared error of one sample.</summary>
    [Loss]
    public static double SquaredError(double prediction, double y)
    {
        double error = prediction - y;
        return error * error;
    }
}
