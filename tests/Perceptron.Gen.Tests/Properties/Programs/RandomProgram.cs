using System.Collections.Immutable;
using System.Linq;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>
/// A random <c>[Differentiable]</c> method: <c>double F(double a, …)</c> over one to three parameters, with either an
/// expression body or a block body that ends in a return on every path. A program with loops may also take the array or
/// span <c>xs</c> (<see cref="Sequence"/>) and the int <c>n</c> (<see cref="Count"/>), after the doubles.
/// </summary>
public sealed record RandomProgram(int ParameterCount, Expr? ExpressionBody, ImmutableArray<Statement> Block)
{
    public const string MethodName = "F";

    /// <summary>The int parameter's name.</summary>
    public const string CountName = "n";

    /// <summary>The array or span parameter's name.</summary>
    public const string SequenceName = "xs";

    private static readonly string[] AllParameterNames = { "a", "b", "c" };

    /// <summary>The value every point passes for <c>int n</c>, which is not differentiated; null when there is no <c>n</c>.</summary>
    public int? Count { get; init; }

    /// <summary>The parameter <c>xs</c>, whose elements are coordinates of a point after the doubles; null when there is none.</summary>
    public Sequence? Sequence { get; init; }

    public static RandomProgram WithExpressionBody(int parameterCount, Expr body) =>
        new(parameterCount, body, ImmutableArray<Statement>.Empty);

    public static RandomProgram WithBlockBody(int parameterCount, ImmutableArray<Statement> block) => new(parameterCount, null, block);

    public ImmutableArray<string> ParameterNames => ParameterNamesFor(ParameterCount);

    public static ImmutableArray<string> ParameterNamesFor(int count) => AllParameterNames.Take(count).ToImmutableArray();

    /// <summary>
    /// How many numbers a point has: one per double parameter, then one per element of <c>xs</c>. The gradient has a
    /// partial derivative for each.
    /// </summary>
    public int CoordinateCount => ParameterCount + (Sequence?.Length ?? 0);

    /// <summary>The coordinates' names: <c>a</c>, <c>b</c>, …, then <c>xs[0]</c>, <c>xs[1]</c>, ….</summary>
    public ImmutableArray<string> CoordinateNames =>
        ParameterNames.AddRange(Enumerable.Range(0, Sequence?.Length ?? 0).Select(index => $"{SequenceName}[{index}]"));

    /// <summary>Whether the method takes more than doubles, so that it is called through the harness <see cref="CSharpPrinter"/> adds.</summary>
    public bool HasLoopInputs => Count is not null || Sequence is not null;

    /// <summary>The program as a partial class holding the method, ready for the generator.</summary>
    public string ToSource(string className) => CSharpPrinter.Class(this, className);

    public override string ToString() => CSharpPrinter.Method(this);
}

/// <summary>The parameter <c>xs</c>: a <c>double[]</c>, or a <c>ReadOnlySpan&lt;double&gt;</c> when <see cref="IsSpan"/>, of <see cref="Length"/> elements.</summary>
public sealed record Sequence(bool IsSpan, int Length);
