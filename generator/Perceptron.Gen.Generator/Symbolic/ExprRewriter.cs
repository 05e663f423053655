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
            Call call => new Call(call.Function, System.Linq.Enumerable.Select(call.Arguments, argument => Substitute(argument, replacement)).ToEquatableArray()),
            Conditional conditional => new Conditional(
                SubstituteInCondition(conditional.Test, replacement),
                Substitute(conditional.WhenTrue, replacement),
                Substitute(conditional.WhenFalse, replacement)),
            _ => expression,
        };

    public static Condition SubstituteInCondition(Condition condition, Func<string, Expr?> replacement) =>
        condition switch
        {
            Comparison comparison => new Comparison(comparison.Operator, Substitute(comparison.Left, replacement), Substitute(comparison.Right, replacement)),
            Logical logical => new Logical(logical.IsAnd, SubstituteInCondition(logical.Left, replacement), SubstituteInCondition(logical.Right, replacement)),
            Not not => new Not(SubstituteInCondition(not.Operand, replacement)),
            _ => condition,
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
