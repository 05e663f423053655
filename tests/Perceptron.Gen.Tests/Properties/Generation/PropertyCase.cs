using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Generation;

/// <summary>One generated test case: a program and the points its gradient is checked at.</summary>
public sealed record PropertyCase(RandomProgram Program, ImmutableArray<ImmutableArray<double>> Points)
{
    /// <summary>The program as C#, then the points: what a failure prints after shrinking.</summary>
    public override string ToString()
    {
        var names = Program.ParameterNames;
        var points = Points.Select(point =>
            "  " + string.Join(", ", point.Select((value, index) => $"{names[index]} = {value.ToString(CultureInfo.InvariantCulture)}"))
        );
        return $"{Program}at\n{string.Join("\n", points)}";
    }
}
