using System.Collections.Generic;
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
        var points = Points.Select(point => "  " + string.Join(", ", Arguments(Program, point)));
        return $"{Program}at\n{string.Join("\n", points)}";
    }

    /// <summary>The arguments of a call at <paramref name="point"/>: <c>a = 1.5</c>, …, <c>xs = { 0.5, -2 }</c>, <c>n = 3</c>.</summary>
    public static IEnumerable<string> Arguments(RandomProgram program, ImmutableArray<double> point)
    {
        string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        var names = program.ParameterNames;
        var arguments = names.Select((name, index) => $"{name} = {Text(point[index])}").ToList();
        if (program.Sequence is not null)
        {
            arguments.Add($"{RandomProgram.SequenceName} = {{ {string.Join(", ", point.Skip(names.Length).Select(Text))} }}");
        }

        if (program.Count is { } count)
        {
            arguments.Add($"{RandomProgram.CountName} = {count}");
        }

        return arguments;
    }
}
