using System;
using System.Diagnostics;

namespace Perceptron.Gen;

/// <summary>
/// Marks the per-sample prediction of a model: a static method of a <see langword="partial"/> type whose parameters are the
/// model's trainable parameters, plus the per-sample inputs marked with <see cref="DataAttribute"/>. The same type must hold one
/// method marked with <see cref="LossAttribute"/>.
/// </summary>
/// <remarks>
/// From the pair the generator adds to the type, over <c>ReadOnlySpan&lt;double&gt;</c> columns of samples:
/// <list type="bullet">
/// <item><description><c>Forward</c>: the prediction for every sample;</description></item>
/// <item><description><c>Loss</c>: the mean of the loss over the samples;</description></item>
/// <item><description><c>Backward</c>: the mean loss and its gradient with respect to every model parameter, in one fused pass
/// over the data with the constant factors pulled out of the sums.</description></item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// public static partial class Perceptron
/// {
///     [Model]
///     public static double Predict(double w, double b, [Data] double x) => w * x + b;
///
///     [Loss]
///     public static double SquaredError(double prediction, double y)
///     {
///         double error = prediction - y;
///         return error * error;
///     }
/// }
///
/// // Generated: Forward(w, b, x, predictions), Loss(w, b, x, y) and
/// //   double Backward(double w, double b, ReadOnlySpan&lt;double&gt; x, ReadOnlySpan&lt;double&gt; y, out double dW, out double dB)
/// // where dW = 2/n · Σ (ŷᵢ − yᵢ)·xᵢ and dB = 2/n · Σ (ŷᵢ − yᵢ).
/// double loss = Perceptron.Backward(w, b, x, y, out double dW, out double dB);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("PERCEPTRON_GEN_KEEP_ATTRIBUTES")]
public sealed class ModelAttribute : Attribute { }

/// <summary>
/// Marks a parameter of a <see cref="ModelAttribute"/> method as a per-sample input (a feature), not a trainable parameter.
/// The generated methods take it as a <c>ReadOnlySpan&lt;double&gt;</c> column with one value per sample.
/// </summary>
/// <example>
/// <code>
/// [Model]
/// public static double Predict(double w, double b, [Data] double x) => w * x + b;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[Conditional("PERCEPTRON_GEN_KEEP_ATTRIBUTES")]
public sealed class DataAttribute : Attribute { }

/// <summary>
/// Marks the per-sample loss of the model in the same type: a static method <c>(double prediction, double target)</c>
/// returning a <see cref="double"/>. The training objective is its mean over the samples.
/// </summary>
/// <example>
/// <code>
/// [Loss]
/// public static double SquaredError(double prediction, double y) => (prediction - y) * (prediction - y);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("PERCEPTRON_GEN_KEEP_ATTRIBUTES")]
public sealed class LossAttribute : Attribute { }
