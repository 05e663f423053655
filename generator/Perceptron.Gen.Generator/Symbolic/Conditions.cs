namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>Simplifies tests once one of them is known to hold or to fail.</summary>
internal static class Conditions
{
    /// <summary>Rewrites every test inside <paramref name="expression"/> knowing that <paramref name="known"/> is <paramref name="value"/>.</summary>
    public static Expr Assume(Expr expression, Condition known, bool value)
    {
        switch (known)
        {
            case Truth:
                return expression;

            // ¬k known true is k known false; both sides of a conjunction known true are each known true.
            case Not not:
                return Assume(expression, not.Operand, !value);
            case Logical { IsAnd: true } both when value:
                return Assume(Assume(expression, both.Left, true), both.Right, true);
        }

        return expression switch
        {
            Conditional conditional => Build.Branch(
                Assume(conditional.Test, known, value),
                Assume(conditional.WhenTrue, known, value),
                Assume(conditional.WhenFalse, known, value)
            ),
            Binary binary => Rebuild(binary, Assume(binary.Left, known, value), Assume(binary.Right, known, value)),
            Negate negate => Assume(negate.Operand, known, value) is var operand && ReferenceEquals(operand, negate.Operand)
                ? negate
                : new Negate(operand),
            GuardedProduct guarded => Assume(guarded.Product, known, value) is var product && Build.IsZero(product)
                ? product
                : new GuardedProduct(Assume(guarded.Guard, known, value), product),
            _ => expression,
        };
    }

    public static Condition Assume(Condition condition, Condition known, bool value)
    {
        switch (known)
        {
            case Not not:
                return Assume(condition, not.Operand, !value);
            case Logical { IsAnd: true } both when value:
                return Assume(Assume(condition, both.Left, true), both.Right, true);
        }

        if (condition.Equals(known))
        {
            return value ? Truth.True : Truth.False;
        }

        switch (condition)
        {
            case Logical logical:
                var left = Assume(logical.Left, known, value);
                var right = Assume(logical.Right, known, value);
                return (logical.IsAnd, left, right) switch
                {
                    (true, Truth { Value: false }, _) or (true, _, Truth { Value: false }) => Truth.False,
                    (true, Truth { Value: true }, _) => right,
                    (true, _, Truth { Value: true }) => left,
                    (false, Truth { Value: true }, _) or (false, _, Truth { Value: true }) => Truth.True,
                    (false, Truth { Value: false }, _) => right,
                    (false, _, Truth { Value: false }) => left,
                    _ => new Logical(logical.IsAnd, left, right),
                };
            case Not not:
                return Assume(not.Operand, known, value) switch
                {
                    Truth truth => truth.Value ? Truth.False : Truth.True,
                    var operand => new Not(operand),
                };
            default:
                return condition;
        }
    }

    private static Expr Rebuild(Binary binary, Expr left, Expr right) =>
        ReferenceEquals(left, binary.Left) && ReferenceEquals(right, binary.Right) ? binary : new Binary(binary.Operator, left, right);
}
