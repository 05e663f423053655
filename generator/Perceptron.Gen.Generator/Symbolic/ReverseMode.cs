using System;
using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>
/// Reverse-mode differentiation of a <see cref="StraightLineFunction"/>: the adjoint of the result is 1, and each node
/// passes its adjoint to its operands through the rules of <see cref="DerivativeRules"/>, from the result back to the
/// parameters. Every node is visited once, so the work and the size of the output stay linear in the size of the method.
/// </summary>
internal static class ReverseMode
{
    /// <summary>Adjoints no larger than this are repeated where used rather than named; <c>2·error·x</c> has 5 nodes.</summary>
    private const int InlineAdjointSizeLimit = 5;

    public static GradientProgram Differentiate(StraightLineFunction function, IReadOnlyList<string> withRespectTo, NameScope names)
    {
        var adjoints = new Dictionary<string, Expr>(StringComparer.Ordinal);
        var namedAdjoints = new List<AdjointAssignment>();
        var localAdjoints = new List<LocalAdjoint>();

        void Accumulate(Expr leaf, Expr contribution)
        {
            // Straight-line scalar code reads no array: the reader sends bodies with elements to the loop sweep.
            var variable = ((Variable)leaf).Name;
            adjoints[variable] = adjoints.TryGetValue(variable, out var existing) ? Build.Add(existing, contribution) : contribution;
        }

        DerivativeRules.Propagate(function.Result, Constant.One, Accumulate);

        // Locals in reverse: a local's adjoint is complete once every later statement has been swept.
        // A local whose adjoint never appeared is unused by the result and contributes nothing.
        for (var index = function.Locals.Count - 1; index >= 0; index--)
        {
            var local = function.Locals[index];
            if (!adjoints.TryGetValue(local.Name, out var adjoint))
            {
                continue;
            }

            // A local computed only under a guard has a derivative only there: elsewhere it is 0 and nothing flows.
            if (local.Guard is not null)
            {
                adjoint = Build.Branch(local.Guard, adjoint, Constant.Zero);
            }

            localAdjoints.Add(new LocalAdjoint(local.Name, adjoint));
            var seed = adjoint;
            var (toName, rebuild) = Build.SplitForNaming(adjoint);
            if (toName.Size > InlineAdjointSizeLimit)
            {
                var name = names.Unique("d" + NameScope.ToPascalCase(local.Name));
                namedAdjoints.Add(new AdjointAssignment(name, toName, local.Name));
                seed = rebuild(new Variable(name));
            }

            DerivativeRules.Propagate(local.Value, seed, Accumulate);
        }

        var derivatives = withRespectTo.Select(parameter =>
            adjoints.TryGetValue(parameter, out var derivative) ? derivative : Constant.Zero
        );
        return new GradientProgram(namedAdjoints.ToEquatableArray(), derivatives.ToEquatableArray(), localAdjoints.ToEquatableArray());
    }
}
