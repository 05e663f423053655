using System;
using System.Linq;
using System.Reflection;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// A random program compiled with the generator's output: the user's method and the generated gradient method, each
/// taking a point's coordinates (the double parameters, then the elements of <c>xs</c>) and giving one partial per coordinate.
/// </summary>
public sealed class CompiledProgram
{
    private readonly Func<double[], double> value;
    private readonly Func<double[], (double, double[])> valueAndGradient;

    /// <summary>A method over doubles only, <c>F(a, …)</c>, and its <c>FGradient(a, …, out dA, …)</c>.</summary>
    public CompiledProgram(MethodInfo original, MethodInfo gradient)
    {
        var parameterCount = original.GetParameters().Length;
        value = point => (double)original.Invoke(null, point.Cast<object>().ToArray())!;
        valueAndGradient = point =>
        {
            // Out parameters come back through the argument array, after the inputs.
            var arguments = point.Cast<object>().Concat(Enumerable.Repeat((object)0.0, parameterCount)).ToArray();
            var result = (double)gradient.Invoke(null, arguments)!;
            return (result, arguments.Skip(parameterCount).Cast<double>().ToArray());
        };
    }

    private CompiledProgram(Func<double[], double> value, Func<double[], (double, double[])> valueAndGradient)
    {
        this.value = value;
        this.valueAndGradient = valueAndGradient;
    }

    /// <summary>
    /// A method that takes more than doubles, called through the harness the printer writes beside it:
    /// <c>Call(point)</c> and <c>CallGradient(point, gradient)</c>, which fills <c>gradient</c>.
    /// </summary>
    public static CompiledProgram ThroughHarness(MethodInfo call, MethodInfo callGradient, int coordinateCount) =>
        new(
            point => (double)call.Invoke(null, new object[] { point })!,
            point =>
            {
                var gradient = new double[coordinateCount];
                var result = (double)callGradient.Invoke(null, new object[] { point, gradient })!;
                return (result, gradient);
            }
        );

    /// <summary>The user's method, as compiled by the C# compiler.</summary>
    public double Value(double[] point) => value(point);

    /// <summary>The generated <c>FGradient</c>: its returned value and the partial derivative for each coordinate.</summary>
    public (double Value, double[] Gradient) ValueAndGradient(double[] point) => valueAndGradient(point);
}
