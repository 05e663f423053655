using System;
using System.Collections.Generic;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// The derivative of each <see cref="MathFunction"/>, one short entry each, written as the calculus reads. Where a
/// function has no derivative (a kink) the rule is the one documented in the README: the gradient where it exists,
/// else the minimum-norm subgradient — <c>|u|′ = 0</c> at 0, <c>max(u, c)′ = 0</c> at the tie with a constant, and a tie
/// of two variables splits the gradient evenly.
/// </summary>
internal static class MathDerivatives
{
    /// <summary>
    /// ∂f/∂argument for each argument of <paramref name="call"/>. "Unbounded" marks a partial that can be infinite
    /// (eˣ for large x, 1/x at 0): an adjoint of exactly 0 must then give 0, not 0·∞ = NaN.
    /// </summary>
    public static IEnumerable<(int Argument, Expr Partial, bool Unbounded)> Partials(Call call)
    {
        var u = call[0];
        switch (call.Function)
        {
            // (eᵘ)′ = eᵘ
            case MathFunction.Exp:
                yield return (0, call, true);
                break;

            // (ln u)′ = 1/u
            case MathFunction.Log:
                yield return (0, Build.Divide(Constant.One, u), true);
                break;

            // (log_b u)′ = 1/(u·ln b);  ∂/∂b = −ln u/(b·(ln b)²)
            case MathFunction.LogWithBase:
                var logBase = Function(MathFunction.Log, call[1]);
                yield return (0, Build.Divide(Constant.One, Build.Multiply(u, logBase)), true);
                yield return (
                    1,
                    Build.Negate(Build.Divide(Function(MathFunction.Log, u), Build.Multiply(call[1], Build.Multiply(logBase, logBase)))),
                    true
                );
                break;

            // (log₁₀ u)′ = 1/(u·ln 10);  (log₂ u)′ = 1/(u·ln 2)
            case MathFunction.Log10:
                yield return (0, Build.Divide(Constant.One, Build.Multiply(u, new Constant(Math.Log(10)))), true);
                break;
            case MathFunction.Log2:
                yield return (0, Build.Divide(Constant.One, Build.Multiply(u, new Constant(Math.Log(2)))), true);
                break;

            // (√u)′ = 1/(2√u);  (∛u)′ = 1/(3·∛u²)
            case MathFunction.Sqrt:
                yield return (0, Build.Divide(Constant.One, Build.Multiply(new Constant(2), call)), true);
                break;
            case MathFunction.Cbrt:
                yield return (0, Build.Divide(Constant.One, Build.Multiply(new Constant(3), Build.Multiply(call, call))), true);
                break;

            // ∂(aᵇ)/∂a = b·aᵇ⁻¹ (no logarithm, so a negative base is fine);
            // ∂(aᵇ)/∂b = aᵇ·ln a, which is 0 at a = 0 (the limit for b > 0), not 0·(−∞).
            case MathFunction.Pow:
                // With b = 0, aᵇ is 1 everywhere and its derivative 0, also at a = 0 where 0·0⁻¹ would be NaN.
                var exponent = call[1];
                var baseDerivative = Build.Multiply(exponent, Function(MathFunction.Pow, u, Build.Subtract(exponent, Constant.One)));
                yield return (
                    0,
                    Build.Branch(new Comparison(ComparisonOperator.Equal, exponent, Constant.Zero), Constant.Zero, baseDerivative),
                    true
                );
                var atZero = new Comparison(ComparisonOperator.Equal, u, Constant.Zero);
                yield return (1, Build.Branch(atZero, Constant.Zero, Build.Multiply(call, Function(MathFunction.Log, u))), true);
                break;

            // sin′ = cos, cos′ = −sin, tan′ = 1/cos²
            case MathFunction.Sin:
                yield return (0, Function(MathFunction.Cos, u), false);
                break;
            case MathFunction.Cos:
                yield return (0, Build.Negate(Function(MathFunction.Sin, u)), false);
                break;
            case MathFunction.Tan:
                var cos = Function(MathFunction.Cos, u);
                yield return (0, Build.Divide(Constant.One, Build.Multiply(cos, cos)), true);
                break;

            // asin′ = 1/√(1 − u²), acos′ = −1/√(1 − u²), atan′ = 1/(1 + u²)
            case MathFunction.Asin:
                yield return (
                    0,
                    Build.Divide(Constant.One, Function(MathFunction.Sqrt, Build.Subtract(Constant.One, Build.Multiply(u, u)))),
                    true
                );
                break;
            case MathFunction.Acos:
                yield return (
                    0,
                    Build.Negate(
                        Build.Divide(Constant.One, Function(MathFunction.Sqrt, Build.Subtract(Constant.One, Build.Multiply(u, u))))
                    ),
                    true
                );
                break;
            case MathFunction.Atan:
                yield return (0, Build.Divide(Constant.One, Build.Add(Constant.One, Build.Multiply(u, u))), false);
                break;

            // atan2(y, x): ∂/∂y = x/(x² + y²), ∂/∂x = −y/(x² + y²)
            case MathFunction.Atan2:
                var radiusSquared = Build.Add(Build.Multiply(call[1], call[1]), Build.Multiply(u, u));
                yield return (0, Build.Divide(call[1], radiusSquared), true);
                yield return (1, Build.Negate(Build.Divide(u, radiusSquared)), true);
                break;

            // sinh′ = cosh, cosh′ = sinh, tanh′ = 1/cosh²: not 1 − tanh², which rounds to 0 from |u| ≈ 19 on
            case MathFunction.Sinh:
                yield return (0, Function(MathFunction.Cosh, u), true);
                break;
            case MathFunction.Cosh:
                yield return (0, Function(MathFunction.Sinh, u), true);
                break;
            case MathFunction.Tanh:
                var cosh = Function(MathFunction.Cosh, u);
                yield return (0, Build.Divide(Constant.One, Build.Multiply(cosh, cosh)), false);
                break;

            // asinh′ = 1/√(u² + 1), acosh′ = 1/√(u² − 1), atanh′ = 1/(1 − u²)
            case MathFunction.Asinh:
                yield return (
                    0,
                    Build.Divide(Constant.One, Function(MathFunction.Sqrt, Build.Add(Build.Multiply(u, u), Constant.One))),
                    false
                );
                break;
            case MathFunction.Acosh:
                yield return (
                    0,
                    Build.Divide(Constant.One, Function(MathFunction.Sqrt, Build.Subtract(Build.Multiply(u, u), Constant.One))),
                    true
                );
                break;
            case MathFunction.Atanh:
                yield return (0, Build.Divide(Constant.One, Build.Subtract(Constant.One, Build.Multiply(u, u))), true);
                break;

            // |u|′ = sign u, and 0 at u = 0 (the minimum-norm subgradient)
            case MathFunction.Abs:
                yield return (
                    0,
                    Build.Branch(
                        Compare(ComparisonOperator.Greater, u, Constant.Zero),
                        Constant.One,
                        Build.Branch(Compare(ComparisonOperator.Less, u, Constant.Zero), new Constant(-1), Constant.Zero)
                    ),
                    false
                );
                break;

            // max(a, b): the larger operand takes the gradient; at a tie two variables split it, a constant keeps none
            case MathFunction.Max:
                yield return (0, Selector(u, call[1], ComparisonOperator.Greater), false);
                yield return (1, Selector(call[1], u, ComparisonOperator.Greater), false);
                break;
            case MathFunction.Min:
                yield return (0, Selector(u, call[1], ComparisonOperator.Less), false);
                yield return (1, Selector(call[1], u, ComparisonOperator.Less), false);
                break;

            // clamp(u, lo, hi) = min(max(u, lo), hi): u inside the bounds takes the gradient, a bound where it is the
            // value, and at a tie with a variable bound the two split it as max and min do.
            case MathFunction.Clamp:
                foreach (var partial in ClampPartials(u, call[1], call[2]))
                {
                    yield return (partial.Argument, partial.Partial, false);
                }

                break;

            // fma(a, b, c) = a·b + c
            case MathFunction.FusedMultiplyAdd:
                yield return (0, call[1], false);
                yield return (1, u, false);
                yield return (2, Constant.One, false);
                break;

            // scaleB(u, k) = u·2ᵏ, exactly
            case MathFunction.ScaleB:
                yield return (0, Function(MathFunction.ScaleB, Constant.One, call[1]), false);
                break;

            // Piecewise constant: derivative 0 wherever it exists, and 0 at the jumps by the same rule.
            case MathFunction.Sign:
            case MathFunction.Floor:
            case MathFunction.Ceiling:
            case MathFunction.Round:
            case MathFunction.Truncate:
                break;

            default:
                throw new InvalidOperationException($"No derivative rule for Math.{call.Function}.");
        }
    }

    private static IEnumerable<(int Argument, Expr Partial)> ClampPartials(Expr u, Expr low, Expr high)
    {
        var lowTie = low is Constant ? Constant.Zero : new Constant(0.5);
        var highTie = high is Constant ? Constant.Zero : new Constant(0.5);
        Expr AtTie(Expr bound, Expr share) =>
            u.Equals(bound) ? share : Build.Branch(Compare(ComparisonOperator.Equal, u, bound), share, Constant.Zero);
        Expr Beyond(ComparisonOperator op, Expr bound, Expr share) =>
            u.Equals(bound) ? share : Build.Branch(Compare(op, u, bound), Constant.One, AtTie(bound, share));

        var inside =
            u.Equals(low) || u.Equals(high)
                ? (Condition)Truth.False
                : new Logical(true, Compare(ComparisonOperator.Greater, u, low), Compare(ComparisonOperator.Less, u, high));
        yield return (0, Build.Branch(inside, Constant.One, Build.Add(AtTie(low, lowTie), AtTie(high, highTie))));
        yield return (1, Beyond(ComparisonOperator.Less, low, lowTie));
        yield return (2, Beyond(ComparisonOperator.Greater, high, highTie));
    }

    public static Call Function(MathFunction function, params Expr[] arguments) => new(function, Model.EquatableArray.Create(arguments));

    private static Comparison Compare(ComparisonOperator op, Expr left, Expr right) => new(op, left, right);

    /// <summary>
    /// ∂/∂own of max (or min): 1 where <paramref name="own"/> wins, 0 where it loses; at a tie ½ when both are
    /// variables, and 0 against a constant — the minimum-norm subgradient in both cases.
    /// </summary>
    private static Expr Selector(Expr own, Expr other, ComparisonOperator wins)
    {
        if (own.Equals(other))
        {
            // max(u, u) = u: always a tie, split evenly, and no comparison of a value with itself in the output.
            return new Constant(0.5);
        }

        var tie = other is Constant ? Constant.Zero : new Constant(0.5);
        var atTie = Build.Branch(Compare(ComparisonOperator.Equal, own, other), tie, Constant.Zero);
        return Build.Branch(Compare(wins, own, other), Constant.One, atTie);
    }
}
