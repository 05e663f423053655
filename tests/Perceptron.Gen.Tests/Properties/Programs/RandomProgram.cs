using System.Collections.Immutable;
using System.Linq;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>
/// A random <c>[Differentiable]</c> method: <c>double F(double a, …)</c> over one to three parameters, with either an
/// expression body or a block body that ends in a return on every path.
/// </summary>
public sealed record RandomProgram(int ParameterCount, Expr? ExpressionBody, ImmutableArray<Statement> Block)
{
    public const string MethodName = "F";

    private static readonly string[] AllParameterNames = { "a", "b", "c" };

    public static RandomProgram WithExpressionBody(int parameterCount, Expr body) =>
        new(parameterCount, body, ImmutableArray<Statement>.Empty);

    public static RandomProgram WithBlockBody(int parameterCount, ImmutableArray<Statement> block) => new(parameterCount, null, block);

    public ImmutableArray<string> ParameterNames => ParameterNamesFor(ParameterCount);

    public static ImmutableArray<string> ParameterNamesFor(int count) => AllParameterNames.Take(count).ToImmutableArray();

    /// <summary>The program as a partial class holding the method, ready for the generator.</summary>
    public string ToSource(string className) => CSharpPrinter.Class(this, className);

    public override string ToString() => CSharpPrinter.Method(this);
}
