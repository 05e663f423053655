using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Generation;

// Imported inside the namespace, so that CsCheck's Gen is found before the namespace Perceptron.Gen.
using CsCheck;

/// <summary>The shapes in which each <c>Math</c> function is generated.</summary>
public sealed partial class ExpressionGenerators
{
    /// <summary>Functions differentiable everywhere their generated argument can be.</summary>
    private static Gen<Expr> SmoothFunction(Gen<Expr> u)
    {
        var positive = Positive(u);
        var bounded = Gen.OneOf(Apply(u, MathFunction.Sin), Apply(u, MathFunction.Tanh), Apply(u, MathFunction.Cos));
        return Gen.OneOf(
            Apply(u, MathFunction.Sin),
            Apply(u, MathFunction.Cos),
            Apply(u, MathFunction.Atan),
            Apply(u, MathFunction.Tanh),
            Apply(u, MathFunction.Asinh),
            Apply(bounded, MathFunction.Exp),
            Apply(u, MathFunction.Exp),
            Apply(positive, MathFunction.Log),
            Apply(positive, MathFunction.Log10),
            Apply(positive, MathFunction.Log2),
            Gen.Select(
                positive,
                Gen.OneOf(Gen.OneOf(2.0, 3.0, 10.0).Select(b => (Expr)new Constant(b)), PositiveBase(u)),
                (value, logBase) => (Expr)new Call(MathFunction.LogWithBase, value, logBase)
            ),
            Apply(positive, MathFunction.Sqrt),
            Apply(u, MathFunction.Cbrt),
            Gen.Select(u, Gen.OneOf(2.0, 3.0, -1.0, -2.0, 0.0, 1.0), Power),
            Gen.Select(positive, Gen.OneOf(0.5, -0.5, 1.5, 2.5), Power),
            Gen.Select(positive, u, (value, exponent) => (Expr)new Call(MathFunction.Pow, value, exponent)),
            Apply(Apply(u, MathFunction.Tanh), MathFunction.Tan),
            Apply(u, value => new Call(MathFunction.Asin, Times(0.9, new Call(MathFunction.Tanh, value)))),
            Apply(u, value => new Call(MathFunction.Acos, Times(0.9, new Call(MathFunction.Sin, value)))),
            Apply(u, value => new Call(MathFunction.Atanh, Times(0.9, new Call(MathFunction.Tanh, value)))),
            Apply(u, value => new Call(MathFunction.Acosh, Plus(new Call(MathFunction.Cosh, value), 0.5))),
            Apply(u, MathFunction.Sinh),
            Apply(u, MathFunction.Cosh),
            Gen.Select(u, u, (y, x) => (Expr)new Call(MathFunction.Atan2, y, x)),
            Gen.Select(u, u, u, (x, y, z) => (Expr)new Call(MathFunction.FusedMultiplyAdd, x, y, z)),
            Gen.Select(u, Gen.Int[-2, 3], (value, exponent) => (Expr)new ScaleB(value, exponent))
        );
    }

    private static Expr Power(Expr value, double exponent) => new Call(MathFunction.Pow, value, new Constant(exponent));

    /// <summary>A logarithm base at least 1.5, so never 1.</summary>
    private static Gen<Expr> PositiveBase(Gen<Expr> u) => u.Select(value => Plus(new Call(MathFunction.Cosh, value), 0.5));

    /// <summary>
    /// Functions with a kink (Abs, Max, Min, Clamp) or jumps (Sign, Floor, Ceiling, Round, Truncate). <c>Math.Sign</c>
    /// returns an <c>int</c>, so it is only generated as <c>Math.Sign(u) * v</c>: alone it would select the <c>int</c>
    /// overloads of other functions, or divide as integers, and the program would not mean what the interpreter computes.
    /// </summary>
    private static Gen<Expr> KinkOrJump(Gen<Expr> u, Gen<Expr> leaf) =>
        Gen.OneOf(
            Apply(u, MathFunction.Abs),
            Gen.Select(u, u, (x, y) => (Expr)new Call(MathFunction.Max, x, y)),
            Gen.Select(u, u, (x, y) => (Expr)new Call(MathFunction.Min, x, y)),
            Apply(u, value => new Call(MathFunction.Max, value, new Constant(0.0))),
            Gen.Select(u, Gen.OneOf(-1.0, 0.0, 0.5), Gen.OneOf(1.0, 2.0), (value, low, width) =>
                (Expr)new Call(MathFunction.Clamp, value, new Constant(low), new Constant(low + width))
            ),
            Gen.Select(u, leaf, (value, low) => (Expr)new Call(MathFunction.Clamp, value, low, Plus(low, 1.5))),
            Gen.Select(u, u, (value, factor) => (Expr)new Binary(ArithmeticOperator.Multiply, new Call(MathFunction.Sign, value), factor)),
            Apply(u, MathFunction.Floor),
            Apply(u, MathFunction.Ceiling),
            Apply(u, MathFunction.Round),
            Apply(u, MathFunction.Truncate)
        );

    /// <summary>
    /// The guard a user writes before a function outside its domain: <c>u &gt; 0.1 ? Log(u) : v</c>. Only the guarded branch
    /// may be evaluated, so this checks that the generated code never lets the other branch's NaN into the gradient.
    /// </summary>
    private static Gen<Expr> GuardedDomain(Gen<Expr> u) =>
        Gen.Select(
            Gen.OneOf(MathFunction.Log, MathFunction.Sqrt, MathFunction.Log10, MathFunction.Acosh),
            u,
            u,
            (function, value, otherwise) =>
            {
                var bound = function == MathFunction.Acosh ? 1.1 : 0.1;
                var test = new Comparison(ComparisonOperator.Greater, value, new Constant(bound));
                return (Expr)new Conditional(test, new Call(function, value), otherwise);
            }
        );
}
