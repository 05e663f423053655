using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// Builds derivative expressions and simplifies them as it goes: constants folded, <c>x·1</c>, <c>x+0</c> and like terms
/// collected, constant factors moved to the front of a product so that they can later be pulled out of a sum.
/// </summary>
/// <remarks>
/// These rules rewrite only expressions the generator creates. The user's forward code is never passed through them,
/// so it rounds exactly as written. A product with a zero factor is zero here: in a derivative that zero is structural
/// (the term does not depend on the variable), and multiplying it out would let an infinite partial turn it into NaN.
/// </remarks>
internal static class Build
{
    public static Expr Add(Expr left, Expr right)
    {
        if (IsZero(left))
        {
            return right;
        }

        if (IsZero(right))
        {
            return left;
        }

        if (left is Constant a && right is Constant b)
        {
            return new Constant(a.Value + b.Value);
        }

        // (c ? a₁ : b₁) + (c ? a₂ : b₂) = c ? a₁ + a₂ : b₁ + b₂: adjoints of the two sides of one branch merge.
        if (left is Conditional first && right is Conditional second && first.Test.Equals(second.Test))
        {
            return Branch(first.Test, Add(first.WhenTrue, second.WhenTrue), Add(first.WhenFalse, second.WhenFalse));
        }

        return Sum(left, right, 1);
    }

    public static Expr Subtract(Expr left, Expr right)
    {
        if (IsZero(right))
        {
            return left;
        }

        if (IsZero(left))
        {
            return Negate(right);
        }

        if (left is Constant a && right is Constant b)
        {
            return new Constant(a.Value - b.Value);
        }

        return Sum(left, right, -1);
    }

    public static Expr Negate(Expr operand) =>
        operand switch
        {
            Constant constant => constant.Is(0) ? Constant.Zero : new Constant(-constant.Value),
            Negate negate => negate.Operand,
            Binary { Operator: BinaryOperator.Subtract } difference => new Binary(
                BinaryOperator.Subtract,
                difference.Right,
                difference.Left
            ),
            Binary { Operator: BinaryOperator.Multiply } => Multiply(new Constant(-1), operand),
            Conditional conditional => Branch(conditional.Test, Negate(conditional.WhenTrue), Negate(conditional.WhenFalse)),
            GuardedProduct guarded => new GuardedProduct(guarded.Guard, Negate(guarded.Product)),
            _ => new Negate(operand),
        };

    public static Expr Multiply(Expr left, Expr right)
    {
        // ā·(c ? p : q) = c ? ā·p : ā·q when a branch is constant: the product then sits inside the branch taken, so
        // the other branch's partial is never evaluated and a selector such as (c ? 1 : 0) disappears.
        if (left is Conditional leftConditional && HasConstantBranch(leftConditional))
        {
            return Branch(leftConditional.Test, Multiply(leftConditional.WhenTrue, right), Multiply(leftConditional.WhenFalse, right));
        }

        if (right is Conditional rightConditional && HasConstantBranch(rightConditional))
        {
            return Branch(rightConditional.Test, Multiply(left, rightConditional.WhenTrue), Multiply(left, rightConditional.WhenFalse));
        }

        // A constant factor joins the guarded product; the guard stays as it is.
        if (left is GuardedProduct leftGuarded && right is Constant)
        {
            return new GuardedProduct(leftGuarded.Guard, Multiply(leftGuarded.Product, right));
        }

        if (right is GuardedProduct rightGuarded && left is Constant)
        {
            return new GuardedProduct(rightGuarded.Guard, Multiply(left, rightGuarded.Product));
        }

        // A structural zero wins over everything, an infinite constant included: 0·∞ here means "no dependence".
        if (IsZero(left) || IsZero(right))
        {
            return Constant.Zero;
        }

        var factors = new List<Expr>();
        var coefficient = CollectFactors(left, factors, 1.0);
        coefficient = CollectFactors(right, factors, coefficient);
        return Product(coefficient, factors);
    }

    public static Expr Divide(Expr numerator, Expr denominator)
    {
        if (IsZero(numerator))
        {
            return Constant.Zero;
        }

        if (denominator is Constant { Value: var divisor })
        {
            // Multiplying by the reciprocal is exact only for powers of two; any other divisor stays a division.
            var reciprocal = 1.0 / divisor;
            if (IsPowerOfTwo(divisor) && !double.IsInfinity(reciprocal))
            {
                return Multiply(new Constant(reciprocal), numerator);
            }

            if (numerator is Constant constant)
            {
                return new Constant(constant.Value / divisor);
            }
        }

        if (numerator is Negate negate)
        {
            return Negate(Divide(negate.Operand, denominator));
        }

        if (numerator is Conditional conditional && HasConstantBranch(conditional))
        {
            return Branch(conditional.Test, Divide(conditional.WhenTrue, denominator), Divide(conditional.WhenFalse, denominator));
        }

        return new Binary(BinaryOperator.Divide, numerator, denominator);
    }

    public static Expr Power(Expr @base, double exponent)
    {
        if (exponent == 0)
        {
            return Constant.One;
        }

        if (exponent == 1)
        {
            return @base;
        }

        if (@base is Constant constant)
        {
            return new Constant(Math.Pow(constant.Value, exponent));
        }

        return new Power(@base, exponent);
    }

    /// <summary>
    /// left ± right as one flat sum: every term split into coefficient·term, like terms collected (a·b + b·a is 2·a·b,
    /// however far apart they stand), constants gathered, and a positive term first so that the sum does not open
    /// with a minus.
    /// </summary>
    private static Expr Sum(Expr left, Expr right, double rightSign)
    {
        var terms = new List<(double Coefficient, Expr Term)>();
        CollectTerms(left, 1, terms);
        CollectTerms(right, rightSign, terms);

        var combined = new List<(double Coefficient, Expr Term)>();
        var constant = 0.0;
        foreach (var (coefficient, term) in terms)
        {
            if (term is Constant unit)
            {
                constant += coefficient * unit.Value;
                continue;
            }

            var index = combined.FindIndex(existing => existing.Term.Equals(term));
            if (index < 0)
            {
                combined.Add((coefficient, term));
            }
            else
            {
                combined[index] = (combined[index].Coefficient + coefficient, term);
            }
        }

        combined.RemoveAll(entry => entry.Coefficient == 0);
        if (constant != 0)
        {
            combined.Add((constant, Constant.One));
        }

        if (combined.Count == 0)
        {
            return Constant.Zero;
        }

        var first = combined.FindIndex(entry => entry.Coefficient > 0);
        if (first > 0)
        {
            var leading = combined[first];
            combined.RemoveAt(first);
            combined.Insert(0, leading);
        }

        var sum = Multiply(new Constant(combined[0].Coefficient), combined[0].Term);
        foreach (var (coefficient, term) in combined.Skip(1))
        {
            var magnitude = Multiply(new Constant(Math.Abs(coefficient)), term);
            sum = new Binary(coefficient < 0 ? BinaryOperator.Subtract : BinaryOperator.Add, sum, magnitude);
        }

        return sum;
    }

    private static void CollectTerms(Expr expression, double sign, List<(double Coefficient, Expr Term)> terms)
    {
        switch (expression)
        {
            case Binary { Operator: BinaryOperator.Add } sum:
                CollectTerms(sum.Left, sign, terms);
                CollectTerms(sum.Right, sign, terms);
                return;
            case Binary { Operator: BinaryOperator.Subtract } difference:
                CollectTerms(difference.Left, sign, terms);
                CollectTerms(difference.Right, -sign, terms);
                return;
            default:
                var (coefficient, term) = SplitCoefficient(expression);
                terms.Add((sign * coefficient, term));
                return;
        }
    }

    /// <summary><c>test ? whenTrue : whenFalse</c>, or just one side when the test is known or both sides are equal.</summary>
    public static Expr Branch(Condition test, Expr whenTrue, Expr whenFalse)
    {
        // Inside a branch its test is known: (c ? (c ∨ d ? x : y) : z) is (c ? x : z).
        whenTrue = Conditions.Assume(whenTrue, test, true);
        whenFalse = Conditions.Assume(whenFalse, test, false);
        if (whenTrue.Equals(whenFalse))
        {
            return whenTrue;
        }

        return test switch
        {
            Truth truth => truth.Value ? whenTrue : whenFalse,
            _ => new Conditional(test, whenTrue, whenFalse),
        };
    }

    /// <summary>
    /// ā·p where p can be infinite: 0 when ā is 0 at run time, so that a saturated path (ā = 0 exactly) contributes 0
    /// rather than 0·∞ = NaN. That is what makes the gradient of 1/(1 + e⁻ˣ) 0 at x = −800.
    /// </summary>
    public static Expr MultiplyStrongZero(Expr adjoint, Expr partial)
    {
        switch (adjoint)
        {
            case Constant:
                return Multiply(adjoint, partial);
            case Conditional conditional:
                return Branch(
                    conditional.Test,
                    MultiplyStrongZero(conditional.WhenTrue, partial),
                    MultiplyStrongZero(conditional.WhenFalse, partial)
                );
            default:
                // c·t is zero exactly when t is: the guard tests the adjoint without its constant factor.
                var product = Multiply(adjoint, partial);
                return IsZero(product) ? product : new GuardedProduct(SplitCoefficient(adjoint).Term, product);
        }
    }

    /// <summary>
    /// What of an adjoint to name when it is too large to repeat: under <c>c ? ā : 0</c> only ā, so the branch stays in
    /// the expression and later products still move inside it, where an untaken branch's NaN partial cannot reach them.
    /// </summary>
    public static (Expr ToName, Func<Expr, Expr> Rebuild) SplitForNaming(Expr adjoint)
    {
        if (adjoint is Conditional { WhenFalse: Constant { Value: 0 } } whenTrue)
        {
            var (inner, rebuild) = SplitForNaming(whenTrue.WhenTrue);
            return (inner, named => new Conditional(whenTrue.Test, rebuild(named), Constant.Zero));
        }

        if (adjoint is Conditional { WhenTrue: Constant { Value: 0 } } whenFalse)
        {
            var (inner, rebuild) = SplitForNaming(whenFalse.WhenFalse);
            return (inner, named => new Conditional(whenFalse.Test, Constant.Zero, rebuild(named)));
        }

        return (adjoint, named => named);
    }

    /// <summary>Splits an expression into its constant factor and the rest: <c>2·error·x</c> gives (2, <c>error·x</c>).</summary>
    public static (double Coefficient, Expr Term) SplitCoefficient(Expr expression)
    {
        var factors = new List<Expr>();
        var coefficient = CollectFactors(expression, factors, 1.0);
        return (coefficient, IsOrderedChain(expression, factors) ? expression : Product(1.0, factors));
    }

    /// <summary>
    /// Whether <paramref name="expression"/> already is the product <see cref="Product"/> would build from its factors: the
    /// factors themselves, in order, multiplied from the left. Sums split every term again each time a term joins them, so
    /// returning such a term as it is saves rebuilding an identical one.
    /// </summary>
    private static bool IsOrderedChain(Expr expression, List<Expr> factors)
    {
        if (factors.Count == 0)
        {
            return false;
        }

        var node = expression;
        for (var index = factors.Count - 1; index > 0; index--)
        {
            if (
                node is not Binary { Operator: BinaryOperator.Multiply } product
                || !ReferenceEquals(product.Right, factors[index])
                || CompareFactors(factors[index - 1], factors[index]) > 0
            )
            {
                return false;
            }

            node = product.Left;
        }

        return ReferenceEquals(node, factors[0]);
    }

    public static bool IsZero(Expr expression) => expression is Constant constant && constant.Is(0);

    private static double CollectFactors(Expr expression, List<Expr> factors, double coefficient)
    {
        switch (expression)
        {
            case Constant constant:
                return coefficient * constant.Value;
            case Negate negate:
                return CollectFactors(negate.Operand, factors, -coefficient);
            case Binary { Operator: BinaryOperator.Multiply } product:
                coefficient = CollectFactors(product.Left, factors, coefficient);
                return CollectFactors(product.Right, factors, coefficient);
            default:
                factors.Add(expression);
                return coefficient;
        }
    }

    private static Expr Product(double coefficient, List<Expr> factors)
    {
        if (coefficient == 0 || factors.Count == 0)
        {
            return coefficient == 0 ? Constant.Zero : new Constant(coefficient);
        }

        // One canonical order, so that like terms are recognised (a·b + b·a is 2·a·b) and equal factors sit side by side:
        // compound factors first, then variables by name, as in (ŷ − y)·x.
        factors.Sort(CompareFactors);
        Expr product =
            Math.Abs(coefficient) == 1 ? factors[0] : new Binary(BinaryOperator.Multiply, new Constant(Math.Abs(coefficient)), factors[0]);
        for (var index = 1; index < factors.Count; index++)
        {
            product = new Binary(BinaryOperator.Multiply, product, factors[index]);
        }

        return coefficient < 0 ? new Negate(product) : product;
    }

    private static bool HasConstantBranch(Conditional conditional) => conditional.WhenTrue is Constant || conditional.WhenFalse is Constant;

    // Compound factors before variables; within a kind, the ordinal order of the printed forms. Two variables compare by
    // name, which orders them as their printed forms would without printing them: the forms differ only in the name, and
    // the character after a name sorts before any character a name can hold.
    private static int CompareFactors(Expr left, Expr right)
    {
        var byKind = (left is Variable).CompareTo(right is Variable);
        return byKind != 0 ? byKind
            : left is Variable leftVariable && right is Variable rightVariable
                ? string.CompareOrdinal(leftVariable.Name, rightVariable.Name)
            : string.CompareOrdinal(PrintedFactors.GetValue(left, PrintFactor), PrintedFactors.GetValue(right, PrintFactor));
    }

    // The printed form of each compound factor, made once per node: while a derivative is simplified the same factors are
    // sorted again in every product and sum built on them, and printing one walks all of it. Weak keys: an entry goes
    // with its node.
    private static readonly ConditionalWeakTable<Expr, string> PrintedFactors = new();

    private static readonly ConditionalWeakTable<Expr, string>.CreateValueCallback PrintFactor = factor => factor.ToString();

    private static bool IsPowerOfTwo(double value)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return false;
        }

        var magnitude = Math.Abs(value);
        var exponent = Math.Round(Math.Log(magnitude, 2));
        return Math.Pow(2, exponent) == magnitude;
    }
}
