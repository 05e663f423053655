using System;
using System.Collections.Generic;
using System.Linq;
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
    public static Expr Replace(Expr expression, Expr target, Expr replacement) => ReplaceWhere(expression, part => part.Size < target.Size
                ? part
            : part.Equals(target) ? replacement
            : null);

    /// <summary>
    /// Rewrites from the root down: where <paramref name="replacement"/> gives an expression, it takes the part's place
    /// and is not searched further; elsewhere the operands are rewritten, and then <paramref name="afterOperands"/>, if
    /// given, may replace the rebuilt part. A part whose operands are unchanged is kept as it is.
    /// </summary>
    public static Expr ReplaceWhere(Expr expression, Func<Expr, Expr?> replacement, Func<Expr, Expr?>? afterOperands = null) =>
        new PartReplacer(replacement, afterOperands).Rewrite(expression);

    /// <summary>
    /// One rewrite of <see cref="ReplaceWhere"/>: its two functions held once, so that the walk allocates only the parts
    /// it rebuilds.
    /// </summary>
    private sealed class PartReplacer(Func<Expr, Expr?> replacement, Func<Expr, Expr?>? afterOperands)
    {
        private Func<Expr, Expr>? rewrite;

        private Func<Expr, Expr> RewriteFunction => rewrite ??= Rewrite;

        public Expr Rewrite(Expr expression)
        {
            if (replacement(expression) is { } replaced)
            {
                return replaced;
            }

            var rebuilt = expression switch
            {
                Negate negate => Rewrite(negate.Operand) is var operand && !ReferenceEquals(operand, negate.Operand)
                    ? new Negate(operand)
                    : negate,
                Binary binary => Rewrite(binary.Left) is var left
                && Rewrite(binary.Right) is var right
                && (!ReferenceEquals(left, binary.Left) || !ReferenceEquals(right, binary.Right))
                    ? new Binary(binary.Operator, left, right)
                    : binary,
                Power power => Rewrite(power.Base) is var powerBase && !ReferenceEquals(powerBase, power.Base)
                    ? new Power(powerBase, power.Exponent)
                    : power,
                Call call => RewriteAll(call.Arguments, RewriteFunction) is { } arguments ? new Call(call.Function, arguments) : call,
                GuardedProduct guarded => Rewrite(guarded.Guard) is var guard
                && Rewrite(guarded.Product) is var product
                && (!ReferenceEquals(guard, guarded.Guard) || !ReferenceEquals(product, guarded.Product))
                    ? new GuardedProduct(guard, product)
                    : guarded,
                UserCall userCall => RewriteAll(userCall.Arguments, RewriteFunction) is { } arguments
                    ? userCall with
                    {
                        Arguments = arguments,
                    }
                    : userCall,
                Conditional conditional => RewriteInCondition(conditional.Test, RewriteFunction) is var test
                && Rewrite(conditional.WhenTrue) is var whenTrue
                && Rewrite(conditional.WhenFalse) is var whenFalse
                && (
                    !ReferenceEquals(test, conditional.Test)
                    || !ReferenceEquals(whenTrue, conditional.WhenTrue)
                    || !ReferenceEquals(whenFalse, conditional.WhenFalse)
                )
                    ? new Conditional(test, whenTrue, whenFalse)
                    : conditional,
                _ => expression,
            };
            return afterOperands?.Invoke(rebuilt) ?? rebuilt;
        }
    }

    /// <summary>The rewritten list, or null when no element changed.</summary>
    private static EquatableArray<Expr>? RewriteAll(EquatableArray<Expr> expressions, Func<Expr, Expr> rewrite)
    {
        Expr[]? rewritten = null;
        for (var index = 0; index < expressions.Count; index++)
        {
            var expression = rewrite(expressions[index]);
            if (rewritten is null && !ReferenceEquals(expression, expressions[index]))
            {
                rewritten = new Expr[expressions.Count];
                for (var before = 0; before < index; before++)
                {
                    rewritten[before] = expressions[before];
                }
            }

            if (rewritten is not null)
            {
                rewritten[index] = expression;
            }
        }

        return rewritten?.ToEquatableArray();
    }

    private static Condition RewriteInCondition(Condition condition, Func<Expr, Expr> rewrite) =>
        condition switch
        {
            Comparison comparison => rewrite(comparison.Left) is var left
            && rewrite(comparison.Right) is var right
            && (!ReferenceEquals(left, comparison.Left) || !ReferenceEquals(right, comparison.Right))
                ? new Comparison(comparison.Operator, left, right)
                : comparison,
            Logical logical => RewriteInCondition(logical.Left, rewrite) is var left
            && RewriteInCondition(logical.Right, rewrite) is var right
            && (!ReferenceEquals(left, logical.Left) || !ReferenceEquals(right, logical.Right))
                ? new Logical(logical.IsAnd, left, right)
                : logical,
            Not not => RewriteInCondition(not.Operand, rewrite) is var operand && !ReferenceEquals(operand, not.Operand)
                ? new Not(operand)
                : not,
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
