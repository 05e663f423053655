using System.Linq;
using System.Reflection;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>A random program compiled with the generator's output: the user's method and the generated gradient method.</summary>
public sealed class CompiledProgram
{
    private readonly MethodInfo original;
    private readonly MethodInfo gradient;
    private readonly int parameterCount;

    public CompiledProgram(MethodInfo original, MethodInfo gradient)
    {
        this.original = original;
        this.gradient = gradient;
        parameterCount = original.GetParameters().Length;
    }

    /// <summary>The user's method, as compiled by the C# compiler.</summary>
    public double Value(double[] point) => (double)original.Invoke(null, point.Cast<object>().ToArray())!;

    /// <summary>The generated <c>FGradient(a, …, out dA, …)</c>: its returned value and its out parameters.</summary>
    public (double Value, double[] Gradient) ValueAndGradient(double[] point)
    {
        // Out parameters come back through the argument array, after the inputs.
        var arguments = point.Cast<object>().Concat(Enumerable.Repeat((object)0.0, parameterCount)).ToArray();
        var value = (double)gradient.Invoke(null, arguments)!;
        return (value, arguments.Skip(parameterCount).Cast<double>().ToArray());
    }
}
