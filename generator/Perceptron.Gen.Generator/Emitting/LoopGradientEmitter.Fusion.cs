using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// One pass instead of three for the commonest loop: a loop over samples that only adds each sample's share to a sum
/// (<c>total += error * error</c>). The sum's adjoint is then the same in every iteration, and each iteration's part of
/// the gradient is that adjoint times what the iteration gives for an adjoint of 1. So the forward loop also runs each
/// iteration's backward step for an adjoint of 1, while the iteration's values are at hand, and the backward pass only
/// scales the collected gradient by the sum's adjoint, instead of running the loop again in reverse and recomputing
/// every iteration's values.
/// </summary>
internal sealed partial class LoopGradientEmitter
{
    /// <summary>The loop whose backward step runs inside its forward loop, if the method has one.</summary>
    private LoopSegment? fusedLoop;

    /// <summary>Whether the code being written is the fused loop's backward step, where scalar shares go to collectors.</summary>
    private bool writingFusedIteration;

    /// <summary>For each scalar the fused loop sends adjoint to, the local collecting it for an adjoint of 1.</summary>
    private readonly Dictionary<string, string> fusedCollectors = new();

    /// <summary>
    /// A top-level <c>for</c> loop with no <c>break</c> that carries one variable, a plain sum, while nothing after it
    /// reads a differentiated array (the array gradients then hold only its shares when they are scaled). An inner
    /// product is left to its vector form instead.
    /// </summary>
    private LoopSegment? FindFusibleLoop()
    {
        var segments = method.Function.Segments;
        for (var index = 0; index < segments.Count; index++)
        {
            if (
                segments[index] is LoopSegment { To: not null, RunWhile: null, ExitAfter: null } loop
                && loop.Carried.Count == 1
                && IsPlainSum(loop, loop.Carried[0])
                && AsInnerProduct(loop) is null
                && !segments.Skip(index + 1).Any(ReadsDifferentiatedArray)
                && !ReadsDifferentiatedArray(method.Function.Result)
            )
            {
                return loop;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the body only adds to or subtracts from the carried variable, in a chain from its current value to its
    /// next one, reading it nowhere else: then its adjoint passes through each iteration unchanged.
    /// </summary>
    private static bool IsPlainSum(LoopSegment loop, CarriedVariable carried) =>
        loop.Body.OfType<LoopSegment>().All(inner => !ReadsAny(inner, carried))
        && IsPlainSumChain(loop.Body.OfType<StraightSegment>().SelectMany(straight => straight.Locals), carried);

    private static bool IsPlainSumChain(IEnumerable<Assignment> locals, CarriedVariable carried)
    {
        var running = carried.Current;
        foreach (var local in locals)
        {
            if (!LoopAnalysis.VariablesOf(local.Value).Contains(running))
            {
                continue;
            }

            var added = local.Guard is null
                ? local.Value switch
                {
                    Binary { Operator: BinaryOperator.Add, Left: Variable left } sum when left.Name == running => sum.Right,
                    Binary { Operator: BinaryOperator.Add, Right: Variable right } sum when right.Name == running => sum.Left,
                    Binary { Operator: BinaryOperator.Subtract, Left: Variable left } difference when left.Name == running =>
                        difference.Right,
                    _ => null,
                }
                : null;
            if (added is null || LoopAnalysis.VariablesOf(added).Contains(running))
            {
                return false;
            }

            running = local.Name;
        }

        return running == carried.Next;
    }

    private static bool ReadsAny(LoopSegment inner, CarriedVariable carried) =>
        inner.Carried.Any(innerCarried => innerCarried.Entry == carried.Current) || FreeVariables(inner.Body).Contains(carried.Current);

    private bool ReadsDifferentiatedArray(Segment segment) => differentiatedArrays.Any(array => ReadsArray(segment, array));

    private bool ReadsDifferentiatedArray(Expr expression) => differentiatedArrays.Any(array => ReadsArray(expression, array));

    /// <summary>
    /// While the last straight stretch of the fused loop's body and its backward step are written: their statements, so
    /// that values both need (<c>exp(−z)</c> in a softplus and in its derivative) are computed once.
    /// </summary>
    private List<Statement>? collectedStatements;

    /// <summary>
    /// One iteration of the fused loop: its values, then its backward step for an adjoint of 1 on the sum. Array
    /// gradients take their shares directly; scalars collect theirs in locals declared before the loop. The body's last
    /// straight stretch and the start of the backward step, which follow each other, are written as one list of
    /// statements with common subexpressions computed once.
    /// </summary>
    private void WriteFusedIteration(LoopSegment loop)
    {
        var body = loop.Body;
        var last = body.Count > 0 ? body[body.Count - 1] as StraightSegment : null;
        var before = last is null ? body.ToList() : body.Take(body.Count - 1).ToList();
        WriteForward(before, isRecomputation: false);

        var carried = loop.Carried[0];
        var shareComment =
            $"// This iteration's share of the gradient, for ∂/∂{carried.Current} = 1; scaled by the sum's adjoint after the loop.";
        var inner = new Dictionary<string, Expr> { [carried.Next] = Constant.One };
        writingFusedIteration = true;
        if (last is null)
        {
            writer.Line(shareComment);
        }
        else
        {
            collectedStatements = last
                .Locals.Select(local => new Statement(StatementKind.Declare, local.Name, local.Value, Guard: local.Guard))
                .ToList();
            WriteBackwardStraight(last, inner);

            // What the earlier segments receive is named here, where it can share the stretch's values.
            foreach (var variable in inner.Keys.Where(variable => variable != carried.Current).ToList())
            {
                if (inner[variable].Size > InlineAdjointSizeLimit)
                {
                    var name = names.Unique("d" + NameScope.ToPascalCase(variable));
                    WriteBackwardLocal(name, inner[variable], $"∂{method.Name}/∂{variable}");
                    inner[variable] = new Variable(name);
                }
            }

            var statements = CommonSubexpressions.Eliminate(collectedStatements, names);
            collectedStatements = null;
            fusedIterationStatements = statements;
            fusedIterationPrefix = before;
            var inBackward = false;
            foreach (var statement in statements)
            {
                if (statement.IsBackward && !inBackward)
                {
                    writer.Line(shareComment);
                    inBackward = true;
                }

                statement.Write(writer, Code, numeric);
            }

            if (!inBackward)
            {
                writer.Line(shareComment);
            }
        }

        WriteBackward(before, inner);
        writingFusedIteration = false;
        inner.Remove(carried.Current);
        foreach (var collected in fusedCollectors)
        {
            if (inner.TryGetValue(collected.Key, out var share))
            {
                writer.Line($"{collected.Value} += {CSharpExpressionPrinter.Print(share, Code, numeric)};");
                fusedIterationShares.Add((collected.Value, share));
            }
        }
    }

    /// <summary>Before the fused loop: a collector for each scalar its body reads from outside (parameters included).</summary>
    private void WriteFusedCollectors(LoopSegment loop)
    {
        var defined = new HashSet<string>(AllNames(loop.Body).Append(loop.Carried[0].Current));
        var outside = FreeVariables(loop.Body).Where(name => !defined.Contains(name) && !IsPassThroughParameter(name)).Distinct().ToList();
        foreach (var name in outside)
        {
            fusedCollectors[name] = names.Unique("d" + NameScope.ToPascalCase(name) + "PerUnit");
            writer.Line($"{numeric.Keyword} {fusedCollectors[name]} = {numeric.Zero};");
        }
    }

    /// <summary>The fused loop's place in the backward pass: every share it collected, times the sum's adjoint.</summary>
    private void WriteFusedLoopBackward(LoopSegment loop, Dictionary<string, Expr> pending)
    {
        var carried = loop.Carried[0];
        var adjoint = pending.TryGetValue(carried.Current, out var after) ? after : Constant.Zero;
        pending.Remove(carried.Current);
        var scale = names.Unique("d" + NameScope.ToPascalCase(carried.Current));
        writer.Line($"// ∂{method.Name}/∂{carried.Current}, the same in every iteration of the loop over {loop.Index}");
        writer.Line($"{numeric.Keyword} {scale} = {CSharpExpressionPrinter.Print(adjoint, Code, numeric)};");
        foreach (var array in differentiatedArrays.Where(array => ReadsArray(loop, array)))
        {
            // An adjoint of 0 gives 0, even where a collected share overflowed.
            var gradient = outNames[array];
            var position = names.Unique("position");
            var isNonZeroConstant = adjoint is Constant constant && !constant.Is(0);
            if (!isNonZeroConstant)
            {
                writer.Open($"if ({scale} == {numeric.Zero})");
                writer.Line($"{gradient}.Clear();");
                writer.Close();
                writer.Open("else");
            }

            writer.Open($"for (int {position} = 0; {position} < {gradient}.Length; {position}++)");
            writer.Line($"{gradient}[{position}] *= {scale};");
            writer.Close();
            if (!isNonZeroConstant)
            {
                writer.Close();
            }
        }

        var scaleVariable = new Variable(scale);
        foreach (var collected in fusedCollectors)
        {
            Accumulate(pending, new Variable(collected.Key), Build.MultiplyStrongZero(scaleVariable, new Variable(collected.Value)));
        }

        Accumulate(pending, new Variable(carried.Entry), scaleVariable);
    }

    private static bool ReadsArray(Segment segment, string array) =>
        segment switch
        {
            StraightSegment straight => straight.Locals.Any(local => ReadsArray(local.Value, array)),
            LoopSegment loop => loop.Body.Any(inner => ReadsArray(inner, array)),
            _ => false,
        };

    private static bool ReadsArray(Expr expression, string array) =>
        expression is Element element ? element.Array == array : ExprRewriter.Children(expression).Any(child => ReadsArray(child, array));
}
