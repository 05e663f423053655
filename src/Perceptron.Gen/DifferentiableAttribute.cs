using System;
using System.Diagnostics;

namespace Perceptron.Gen;

/// <summary>
/// Marks a static method of a <see langword="partial"/> type for differentiation at compile time. The generator adds
/// <c>{Name}Gradient</c> beside it: the method's value and one partial derivative per differentiated parameter.
/// </summary>
/// <remarks>
/// <para>
/// The method takes <see cref="double"/> parameters and returns a <see cref="double"/>. Its body is an expression body,
/// or a block of local variable declarations, assignments to locals and a final <see langword="return"/>, built from
/// <c>+ - * /</c>, unary minus, numeric constants and <see cref="Math.Pow(double, double)"/> with a constant exponent.
/// Anything else is reported as a compile-time error with a <c>PGEN</c> identifier on the construct itself.
/// </para>
/// <para>
/// By default every parameter is differentiated. Name a subset, as Swift's <c>wrt:</c> does, and the other parameters
/// are data: they are passed through and get no derivative.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// public static partial class Shapes
/// {
///     [Differentiable]
///     public static double Area(double width, double height) => width * height;
/// }
///
/// // Generated beside it:
/// //   static double AreaGradient(double width, double height, out double dWidth, out double dHeight)
/// //   static (double Value, double DWidth, double DHeight) AreaGradient(double width, double height)
/// var (area, dWidth, dHeight) = Shapes.AreaGradient(3, 4); // (12, 4, 3)
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("PERCEPTRON_GEN_KEEP_ATTRIBUTES")]
public sealed class DifferentiableAttribute : Attribute
{
    /// <summary>Differentiates the method with respect to every parameter.</summary>
    public DifferentiableAttribute()
    {
        WithRespectTo = Array.Empty<string>();
    }

    /// <summary>Differentiates the method with respect to the named parameters only; the others are data.</summary>
    /// <param name="withRespectTo">Parameter names, best written with <see langword="nameof"/>: <c>[Differentiable(nameof(w))]</c>.</param>
    public DifferentiableAttribute(params string[] withRespectTo)
    {
        WithRespectTo = withRespectTo ?? Array.Empty<string>();
    }

    /// <summary>The parameters to differentiate with respect to; empty means all of them.</summary>
    public string[] WithRespectTo { get; }
}
