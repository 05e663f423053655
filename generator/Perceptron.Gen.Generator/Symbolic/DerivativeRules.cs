using System;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// The chain rule, one entry per primitive: given the adjoint ā of a node, what each operand receives. Read each line
/// as calculus: for <c>u·v</c> the operand <c>u</c> receives <c>ā·v</c>. The functions of <c>Math</c> have their own
/// table in <see cref="MathDerivatives"/>.
/// </summary>
internal static class DerivativeRules
{
    /// <summary>Sends <paramref name="adjoint"/> from <paramref name="node"/> down to the variables and elements it reads.</summary>
    public static void Propagate(Expr node, Expr adjoint, Action<Expr, Expr> accumulate)
    {
        if (Build.IsZero(adjoint))
        {
            // A structural zero: this path does not reach the result, so nothing below it can contribute.
            return;
        }

        switch (node)
        {
            case Constant or IntValue:
                return;

            // A variable or an array element: a leaf, whose adjoint the sweep accumulates.
            case Variable
            or Element:
                accumulate(node, adjoint);
                return;

            // d(−u) = −du
            case Negate negate:
                Propagate(negate.Operand, Build.Negate(adjoint), accumulate);
                return;

            // d(u + v) = du + dv
            case Binary { Operator: BinaryOperator.Add } sum:
                Propagate(sum.Left, adjoint, accumulate);
                Propagate(sum.Right, adjoint, accumulate);
                return;

            // d(u − v) = du − dv
            case Binary { Operator: BinaryOperator.Subtract } difference:
                Propagate(difference.Left, adjoint, accumulate);
                Propagate(difference.Right, Build.Negate(adjoint), accumulate);
                return;

            // d(u·v) = v·du + u·dv
            case Binary { Operator: BinaryOperator.Multiply } product:
                PropagateUnlessConstant(product.Left, () => Build.Multiply(adjoint, product.Right), accumulate);
                PropagateUnlessConstant(product.Right, () => Build.Multiply(adjoint, product.Left), accumulate);
                return;

            // d(u/v) = du/v − u·dv/v²
            case Binary { Operator: BinaryOperator.Divide } quotient:
                PropagateUnlessConstant(quotient.Left, () => Build.Divide(adjoint, quotient.Right), accumulate);
                PropagateUnlessConstant(
                    quotient.Right,
                    () =>
                        Build.Negate(Build.Divide(Build.Multiply(adjoint, quotient.Left), Build.Multiply(quotient.Right, quotient.Right))),
                    accumulate
                );
                return;

            // d(uᶜ) = c·uᶜ⁻¹·du, with u⁰ constant: its derivative is 0 everywhere, x = 0 included.
            case Power power:
                PropagateUnlessConstant(
                    power.Base,
                    () =>
                        Build.Multiply(adjoint, Build.Multiply(new Constant(power.Exponent), Build.Power(power.Base, power.Exponent - 1))),
                    accumulate
                );
                return;

            // d(c ? u : v) = c ? du : dv. Each branch receives the adjoint only where it was taken, as a branch, never
            // as mask·ā, so a NaN or infinite partial of the branch not taken is never evaluated.
            case Conditional conditional:
                Propagate(conditional.WhenTrue, Build.Branch(conditional.Test, adjoint, Constant.Zero), accumulate);
                Propagate(conditional.WhenFalse, Build.Branch(conditional.Test, Constant.Zero, adjoint), accumulate);
                return;

            // ∂f(u, v)/∂u comes from the callee's own gradient, computed with the value.
            case UserCall userCall:
                for (var index = 0; index < userCall.Arguments.Count; index++)
                {
                    if (userCall.PartialNames[index].Length > 0)
                    {
                        Propagate(
                            userCall.Arguments[index],
                            Build.Multiply(adjoint, new Variable(userCall.PartialNames[index])),
                            accumulate
                        );
                    }
                }

                return;

            case Call call:
                foreach (var (argument, partial, unbounded) in MathDerivatives.Partials(call))
                {
                    if (call[argument] is not Constant)
                    {
                        var contribution = unbounded ? Build.MultiplyStrongZero(adjoint, partial) : Build.Multiply(adjoint, partial);
                        Propagate(call[argument], contribution, accumulate);
                    }
                }

                return;

            default:
                throw new InvalidOperationException($"No derivative rule for {node.GetType().Name}.");
        }
    }

    private static void PropagateUnlessConstant(Expr operand, Func<Expr> operandAdjoint, Action<Expr, Expr> accumulate)
    {
        if (operand is not Constant)
        {
            Propagate(operand, operandAdjoint(), accumulate);
        }
    }
}
