using System;
using Perceptron.Gen;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>Methods written in float: their gradients compute in float, with MathF.</summary>
public static partial class FloatOperations
{
    [Differentiable]
    public static float Polynomial(float x, float y)
    {
        float t = x * y + 2.5f;
        return t * t - MathF.Sqrt(x * x + 1f);
    }

    [Differentiable]
    public static float Softplus(float x) => MathF.Max(x, 0f) + MathF.Log(1f + MathF.Exp(-MathF.Abs(x)));

    [Differentiable]
    public static float WeightedSum(ReadOnlySpan<float> weights, float[] inputs)
    {
        float total = 0f;
        for (int i = 0; i < inputs.Length; i++)
        {
            total += MathF.Tanh(weights[i] * inputs[i]);
        }

        return total / inputs.Length;
    }
}
