using System;
using System.Diagnostics;

namespace Perceptron.Gen;

/// <summary>
/// Supplies the derivative of a method the generator cannot see into or should not differentiate (a library function,
/// a numerically delicate formula), as Swift's <c>@derivative(of:)</c> does. Every <c>[Differentiable]</c> method that
/// calls that method then uses this one for its value and partial derivatives.
/// </summary>
/// <remarks>
/// The marked method has the shape of a generated gradient: it takes the same parameters as the original, then one
/// <c>out double</c> per <see cref="double"/> parameter in order, and returns the value:
/// <c>static double ErfDerivative(double x, out double dX)</c>. Declare it in the type of the original method, or in
/// the type of the methods that call it. A signature that does not fit is a compile-time error (PGEN013).
/// </remarks>
/// <example>
/// <code>
/// public static partial class Statistics
/// {
///     [DerivativeOf(typeof(SpecialFunctions), nameof(SpecialFunctions.Erf))]
///     public static double ErfWithDerivative(double x, out double dX)
///     {
///         dX = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
///         return SpecialFunctions.Erf(x);
///     }
///
///     [Differentiable]
///     public static double NormalCdf(double z) => 0.5 * (1 + SpecialFunctions.Erf(z / Math.Sqrt(2)));
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
[Conditional("PERCEPTRON_GEN_KEEP_ATTRIBUTES")]
public sealed class DerivativeOfAttribute : Attribute
{
    /// <summary>Supplies the derivative of the method named <paramref name="methodName"/> in the same type.</summary>
    /// <param name="methodName">The method, best written with <see langword="nameof"/>.</param>
    public DerivativeOfAttribute(string methodName)
    {
        MethodName = methodName;
    }

    /// <summary>Supplies the derivative of the method named <paramref name="methodName"/> of <paramref name="type"/>.</summary>
    /// <param name="type">The type that declares the method.</param>
    /// <param name="methodName">The method, best written with <see langword="nameof"/>.</param>
    public DerivativeOfAttribute(Type type, string methodName)
    {
        Type = type;
        MethodName = methodName;
    }

    /// <summary>The type that declares the method, or null for the type of the marked method.</summary>
    public Type? Type { get; }

    /// <summary>The name of the method whose derivative this is.</summary>
    public string MethodName { get; }
}
