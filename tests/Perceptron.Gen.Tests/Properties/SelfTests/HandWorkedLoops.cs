using System.Collections.Immutable;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.SelfTests;

/// <summary>
/// A program with every kind of loop, worked by hand, for the printer and the interpreter:
/// <code>
/// double s = 0.0;  double p = 1.0;
/// for (int i = 0; i &lt; n; i++) { s += a * (double)i; p = p * a + 1.0; if (p &gt; 10.0) { break; } }
/// foreach (double x in xs) { if (x &lt; 0.0) { continue; } s += x * x; }
/// double k2 = 0.0;  do { k2++; s *= 0.5; } while (k2 &lt; 2);
/// return s + p;
/// </code>
/// At a = 2, xs = { 3, −1, 0.5 }, n = 4 the for loop breaks after i = 2 with s = 0 + 2 + 4 = 3a = 6 and
/// p = a³ + a² + a + 1 = 15; the foreach adds 9 and 0.25 (it skips −1), and the do loop halves twice:
/// F = (3a + xs₀² + xs₂²)/4 + a³ + a² + a + 1 = 3.8125 + 15 = 18.8125, with ∂F/∂a = 3/4 + 3a² + 2a + 1 = 17.75,
/// ∂F/∂xs₀ = 2·3/4 = 1.5, ∂F/∂xs₁ = 0 and ∂F/∂xs₂ = 2·0.5/4 = 0.25. It breaks one iteration earlier from
/// a ≈ 1.6606 on, where a³ + a² + a + 1 = 10.
/// </summary>
public static class HandWorkedLoops
{
    private static readonly Variable A = new("a");
    private static readonly Variable S = new("s");
    private static readonly Variable P = new("p");

    public static readonly RandomProgram Program = RandomProgram.WithBlockBody(
        1,
        ImmutableArray.Create<Statement>(
            new Declare("s", new Constant(0)),
            new Declare("p", new Constant(1)),
            new For(
                "i",
                0,
                LoopBound.Count,
                Inclusive: false,
                ImmutableArray.Create<Statement>(
                    new Assign("s", AssignmentOperator.AddAssign, Times(A, new IntegerValue("i"))),
                    new Assign("p", AssignmentOperator.Assign, new Binary(ArithmeticOperator.Add, Times(P, A), new Constant(1))),
                    new Jump(
                        new Comparison(ComparisonOperator.Greater, P, new Constant(10)),
                        ImmutableArray<Statement>.Empty,
                        IsBreak: true
                    )
                )
            ),
            new ForEach(
                "x",
                IsVar: false,
                ImmutableArray.Create<Statement>(
                    new Jump(
                        new Comparison(ComparisonOperator.Less, new Variable("x"), new Constant(0)),
                        ImmutableArray<Statement>.Empty,
                        IsBreak: false
                    ),
                    new Assign("s", AssignmentOperator.AddAssign, Times(new Variable("x"), new Variable("x")))
                )
            ),
            new While(
                "k2",
                2,
                AlsoWhile: null,
                TestAtBottom: true,
                ImmutableArray.Create<Statement>(new Assign("s", AssignmentOperator.MultiplyAssign, new Constant(0.5)))
            ),
            new Return(new Binary(ArithmeticOperator.Add, S, P))
        )
    ) with
    {
        Count = 4,
        Sequence = new Sequence(IsSpan: false, Length: 3),
    };

    /// <summary>a = 2, then xs = { 3, −1, 0.5 }.</summary>
    public static readonly double[] Point = { 2, 3, -1, 0.5 };

    private static Binary Times(Expr left, Expr right) => new(ArithmeticOperator.Multiply, left, right);
}
