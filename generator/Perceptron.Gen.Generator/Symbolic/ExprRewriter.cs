using System;
using System.Collections.Generic;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>Rebuilds expressions with their variables replaced: renaming into a new scope, or inlining locals.</summary>
internal static class ExprRewriter
{
    /// <summary>Replaces each variable by what <paramref name="replacement"/> gives, or keeps it where that is null.</summary>
    public static Expr Substitute(Expr expression, Func<string, Expr?> replacement) =>
        expression switch
        {
            Variable variable => replacement(variable.Name) ?? variable,
            Negate negate => new Negate(Substitute(negate.Operand, replacement)),
            Binary binary => new Binary(binary.Operator, Substitute(binary.Left, replacement), Substitute(binary.Right, replacement)),
            Power power => new Power(Substitute(power.Base, replacement), power.Exponent),
            Call call => new Call(
                call.Function,
                System.Linq.Enumerable.Select(call.Arguments, argument => Substitute(argument, replacement)).ToEquatableArray()
            ),
            GuardedProduct guarded => new GuardedProduct(Substitute(guarded.Guard, replacement), Substitute(guarded.Product, replacement)),
            UserCall userCall => userCall with
            {
                Arguments = System
                    .Linq.Enumerable.Select(userCall.Arguments, argument => Substitute(argument, replacement))
                    .ToEquatableArray(),
            },
            Conditional conditional => new Conditional(
                SubstituteInCondition(conditional.Test, replacement),
                Substitute(conditional.WhenTrue, replacement),
                Substitute(conditional.WhenFalse, replacement)
            ),
            _ => expression,
        };

    public static Condition SubstituteInCondition(Condition condition, Func<string, Expr?> replacement) =>
        condition switch
        {
            Comparison comparison => new Comparison(
                comparison.Operator,
                Substitute(comparison.Left, replacement),
                Substitute(comparison.Right, replacement)
            ),
            Logical logical => new Logical(
                logical.IsAnd,
                SubstituteInCondition(logical.Left, replacement),
                SubstituteInCondition(logical.Right, replacement)
            ),
            Not not => new Not(SubstituteInCondition(not.Operand, replacement)),
            _ => condition,
        };

    /// <summary>Replaces every occurrence of <paramref name="target"/> by <paramref name="replacement"/>.</summary>
    public static Expr Replace(Expr expression, Expr target, Expr replacement)
    {
        if (expression.Size < target.Size)
        {
            return expression;
        }

        if (expression.Equals(target))
        {
            return replacement;
        }

        return expression switch
        {
            Negate negate => new Negate(Replace(negate.Operand, target, replacement)),
            Binary binary => new Binary(
                binary.Operator,
                Replace(binary.Left, target, replacement),
                Replace(binary.Right, target, replacement)
            ),
            Power power => new Power(Replace(power.Base, target, replacement), power.Exponent),
            Call call => new Call(
                call.Function,
                System.Linq.Enumerable.Select(call.Arguments, argument => Replace(argument, target, replacement)).ToEquatableArray()
            ),
            GuardedProduct guarded => new GuardedProduct(
                Replace(guarded.Guard, target, replacement),
                Replace(guarded.Product, target, replacement)
            ),
            UserCall userCall => userCall with
            {
                Arguments = System
                    .Linq.Enumerable.Select(userCall.Arguments, argument => Replace(argument, target, replacement))
                    .ToEquatableArray(),
            },
            Conditional conditional => new Conditional(
                ReplaceInCondition(conditional.Test, target, replacement),
                Replace(conditional.WhenTrue, target, replacement),
                Replace(conditional.WhenFalse, target, replacement)
            ),
            _ => expression,
        };
    }

    private static Condition ReplaceInCondition(Condition condition, Expr target, Expr replacement) =>
        condition switch
        {
            Comparison comparison => new Comparison(
                comparison.Operator,
                Replace(comparison.Left, target, replacement),
                Replace(comparison.Right, target, replacement)
            ),
            Logical logical => new Logical(
                logical.IsAnd,
                ReplaceInCondition(logical.Left, target, replacement),
                ReplaceInCondition(logical.Right, target, replacement)
            ),
            Not not => new Not(ReplaceInCondition(not.Operand, target, replacement)),
            _ => condition,
        };

    /// <summary>The expressions directly below a node, the operands of its tests included.</summary>
    public static IEnumerable<Expr> Children(Expr expression)
    {
        switch (expression)
        {
            case Negate negate:
                yield return negate.Operand;
                break;
            case Binary binary:
                yield return binary.Left;
                yield return binary.Right;
                break;
            case Power power:
                yield return power.Base;
                break;
            case Call call:
                foreach (var argument in call.Arguments)
                {
                    yield return argument;
                }

                break;
            case GuardedProduct guarded:
                yield return guarded.Guard;
                yield return guarded.Product;
                break;
            case UserCall userCall:
                foreach (var argument in userCall.Arguments)
                {
                    yield return argument;
                }

                break;
            case Conditional conditional:
                foreach (var operand in ConditionOperands(conditional.Test))
                {
                    yield return operand;
                }

                yield return conditional.WhenTrue;
                yield return conditional.WhenFalse;
                break;
        }
    }

    private static IEnumerable<Expr> ConditionOperands(Condition condition) =>
        condition switch
        {
            Comparison comparison => new[] { comparison.Left, comparison.Right },
            Logical logical => System.Linq.Enumerable.Concat(ConditionOperands(logical.Left), ConditionOperands(logical.Right)),
            Not not => ConditionOperands(not.Operand),
            _ => System.Array.Empty<Expr>(),
        };

    /// <summary>Renames every variable found in <paramref name="names"/>.</summary>
    public static Expr Rename(Expr expression, IReadOnlyDictionary<string, string> names) =>
        Substitute(expression, name => names.TryGetValue(name, out var renamed) ? new Variable(renamed) : null);

    /// <summary>
    /// Inlines the locals whose definition, itself inlined, is at most <paramref name="sizeLimit"/> nodes: formulas in
    /// comments then read <c>(ŷᵢ − yᵢ)·xᵢ</c> rather than <c>error·xᵢ</c>, without growing without bound.
    /// </summary>
    public static Dictionary<string, Expr> InlinableDefinitions(IEnumerable<(string Name, Expr Value)> locals, int sizeLimit)
    {
        var definitions = new Dictionary<string, Expr>(StringComparer.Ordinal);
        foreach (var (name, value) in locals)
        {
            var inlined = Substitute(value, variable => definitions.TryGetValue(variable, out var definition) ? definition : null);
            if (inlined.Size <= sizeLimit)
            {
                definitions[name] = inlined;
            }
        }

        return definitions;
    }

    public static Expr Inline(Expr expression, IReadOnlyDictionary<string, Expr> definitions) =>
        Substitute(expression, name => definitions.TryGetValue(name, out var definition) ? definition : null);
}
