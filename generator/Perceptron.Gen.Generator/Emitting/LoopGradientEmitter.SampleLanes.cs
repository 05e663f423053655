using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The fused loop over samples on vector lanes. When an iteration is plain arithmetic on this sample's elements
/// (<c>x[i]</c>, <c>y[i]</c>) and on values that are the same for every sample, as in
/// <c>double error = w * x[i] + b - y[i]; total += error * error;</c>, the samples run <c>Vector&lt;double&gt;</c>
/// lanes at a time, two vectors per step with sums of their own, as a <c>[Model]</c>'s <c>Backward</c> does; the scalar
/// loop then finishes the last samples. Anything else (a call such as <c>Math.Exp</c>, a branch, an inner loop, an
/// element at another index, a gradient span written per sample, <c>float</c>) keeps the whole loop scalar: issue #4
/// will widen what has a lane form.
/// </summary>
internal sealed partial class LoopGradientEmitter
{
    /// <summary>Vectors per step over samples.</summary>
    private const int SampleBlocks = 2;

    /// <summary>The fused iteration's statements when its body is one straight stretch, else null.</summary>
    private List<Statement>? fusedIterationStatements;

    /// <summary>What the fused iteration adds to each scalar's collector.</summary>
    private readonly List<(string Collector, Expr Share)> fusedIterationShares = new();

    /// <summary>Whether the fused loop over samples runs on vector lanes, for the doc comment.</summary>
    private bool samplesOnLanes;

    /// <summary>
    /// Opens a scope with the loop index and writes the vector part of the fused loop before its scalar loop, if the
    /// iteration has a lane form; the caller then writes the scalar loop from where the vector part stopped.
    /// </summary>
    private bool TryWriteSampleLanes(LoopSegment loop, string end)
    {
        if (
            !method.CanVectorize
            || numeric.IsSingle
            || fusedIterationStatements is null
            || fusedIterationPrefix.Count > 0
            || PlanSampleLanes(loop, fusedIterationStatements, System.Array.Empty<string>()) is not { } plan
        )
        {
            return false;
        }

        WriteSampleLanes(loop, end, plan.Locals, plan.SumTerms);
        samplesOnLanes = true;
        return true;
    }

    /// <summary>What an iteration computes on lanes: its locals, and the terms it adds to the loop's sum.</summary>
    private sealed record SampleLanePlan(List<Statement> Locals, List<(Expr Term, bool IsSubtracted)> SumTerms);

    /// <summary>
    /// Splits the iteration's statements into locals computed per lane and the terms of the sum's chain
    /// (<c>total3 = total2 + term</c>), or gives null when one of them, or a share collected for a scalar, has no lane
    /// form. A local under a guard becomes <c>guard ? value : 0</c>, computed on every lane.
    /// </summary>
    /// <param name="loop">The fused loop over samples.</param>
    /// <param name="statements">Its iteration, one straight stretch.</param>
    /// <param name="stored">Locals the lanes store for a later step, kept even where nothing on the lanes reads them.</param>
    private SampleLanePlan? PlanSampleLanes(LoopSegment loop, IEnumerable<Statement> statements, IReadOnlyCollection<string> stored)
    {
        var carried = loop.Carried[0];
        var chain = new HashSet<string> { carried.Current };
        var running = carried.Current;
        var sumTerms = new List<(Expr Term, bool IsSubtracted)>();
        var laneLocals = new List<Statement>();
        foreach (var statement in statements)
        {
            if (statement.Kind != StatementKind.Declare)
            {
                return null;
            }

            var value = statement.Guard is null ? statement.Value : new Conditional(statement.Guard, statement.Value, Constant.Zero);
            var reads = LoopAnalysis.VariablesOf(value).ToList();
            if (reads.Contains(running))
            {
                var step = statement.Guard is not null
                    ? ((Expr?)null, false)
                    : statement.Value switch
                    {
                        Binary { Operator: BinaryOperator.Add, Left: Variable left } sum when left.Name == running => (sum.Right, false),
                        Binary { Operator: BinaryOperator.Add, Right: Variable right } sum when right.Name == running => (sum.Left, false),
                        Binary { Operator: BinaryOperator.Subtract, Left: Variable left } difference when left.Name == running => (
                            difference.Right,
                            true
                        ),
                        _ => ((Expr?)null, false),
                    };
                if (step.Item1 is null || LoopAnalysis.VariablesOf(step.Item1).Any(chain.Contains) || !HasSampleLaneForm(step.Item1, loop))
                {
                    return null;
                }

                sumTerms.Add((step.Item1, step.Item2));
                chain.Add(statement.Target);
                running = statement.Target;
                continue;
            }

            if (reads.Any(chain.Contains) || !HasSampleLaneForm(value, loop))
            {
                return null;
            }

            laneLocals.Add(statement with { Value = value, Guard = null });
        }

        var sharesOnLanes = fusedIterationShares.All(share =>
            !LoopAnalysis.VariablesOf(share.Share).Any(chain.Contains) && HasSampleLaneForm(share.Share, loop)
        );
        if (running != carried.Next || !sharesOnLanes)
        {
            return null;
        }

        var shared = LaneBranchSharing.Share(laneLocals, stem => names.Unique(stem));
        var roots = sumTerms.Select(term => term.Term).Concat(fusedIterationShares.Select(share => share.Share));
        return new SampleLanePlan(LaneMaskFolding.Fold(shared, roots, stored), sumTerms);
    }

    private void WriteSampleLanes(LoopSegment loop, string end, List<Statement> laneLocals, List<(Expr Term, bool IsSubtracted)> sumTerms)
    {
        var index = Code(loop.Index);
        var vector = $"global::System.Numerics.Vector<{numeric.Keyword}>";
        var values = laneLocals
            .Select(local => local.Value)
            .Concat(sumTerms.Select(term => term.Term))
            .Concat(fusedIterationShares.Select(share => share.Share))
            .ToList();
        var arrays = values.SelectMany(ElementsOf).Select(element => element.Array).Distinct().ToList();
        var locals = new HashSet<string>(laneLocals.Select(local => local.Target));
        var invariants = values.SelectMany(LoopAnalysis.VariablesOf).Where(name => !locals.Contains(name)).Distinct().ToList();

        writer.OpenScope();
        writer.Line($"int {index} = {IntegerPrinter.Print(loop.From, Code)};");
        var width = names.Unique("width");
        writer.Line($"int {width} = {vector}.Count;");
        var tests = new List<string> { $"(long){end} - {index} >= {SampleBlocks} * {width}", $"{index} >= 0" };
        tests.AddRange(arrays.Select(array => $"{end} <= {Code(array)}.Length"));
        writer.Line(
            $"// Samples {index} to {end} - 1 on {vector.Replace("global::System.Numerics.", "")} lanes, two vectors per step, each with sums of its own;"
        );
        writer.Line("// the loop after this one takes the last samples one by one, and all of them where an array is too short.");
        writer.Open($"if ({string.Join(" && ", tests)})");
        var starts = WriteFirstElementReferences(arrays, array => array, ReadOnlySpanOf);

        var broadcasts = invariants.ToDictionary(name => name, name => names.Unique(name + "Lanes"));
        foreach (var broadcast in broadcasts)
        {
            writer.Line($"var {broadcast.Value} = new {vector}({Code(broadcast.Key)});");
        }

        var carried = loop.Carried[0];
        var sums = new List<(string Target, string[] Lanes)>();
        if (sumTerms.Count > 0)
        {
            sums.Add((Code(carried.Current), LaneAccumulators(carried.Current, vector)));
        }

        var shareSums = fusedIterationShares
            .Select(share => share.Collector)
            .Distinct()
            .ToDictionary(collector => collector, collector => LaneAccumulators(collector, vector));
        sums.AddRange(shareSums.Select(entry => (entry.Key, entry.Value)));

        writer.Open($"for (; {index} <= {end} - {SampleBlocks} * {width}; {index} += {SampleBlocks} * {width})");
        for (var block = 0; block < SampleBlocks; block++)
        {
            var offset = block == 0 ? index : $"{index} + {width}";
            var blockNames = locals.Concat(arrays).ToDictionary(name => name, name => names.Unique(name + "Lanes" + block));
            string Text(string name) =>
                blockNames.TryGetValue(name, out var local) ? local
                : broadcasts.TryGetValue(name, out var broadcast) ? broadcast
                : Code(name);
            foreach (var array in arrays)
            {
                writer.Line(
                    $"var {blockNames[array]} = global::System.Numerics.Vector.LoadUnsafe(ref {starts[array]}, (nuint)({offset}));"
                );
            }

            foreach (var local in laneLocals)
            {
                writer.Line($"var {blockNames[local.Target]} = {VectorLoop.Print(local.Value, Text)};");
            }

            if (sumTerms.Count > 0)
            {
                var accumulator = sums[0].Lanes[block];
                foreach (var (term, isSubtracted) in sumTerms)
                {
                    writer.Line($"{accumulator} {(isSubtracted ? "-=" : "+=")} {VectorLoop.Print(term, Text)};");
                }
            }

            foreach (var (collector, share) in fusedIterationShares)
            {
                writer.Line($"{shareSums[collector][block]} += {VectorLoop.Print(share, Text)};");
            }
        }

        writer.Close();
        foreach (var (target, lanes) in sums)
        {
            writer.Line($"{target} += global::System.Numerics.Vector.Sum({string.Join(" + ", lanes)});");
        }

        writer.Close();
    }

    private string[] LaneAccumulators(string name, string vector)
    {
        var lanes = Enumerable.Range(0, SampleBlocks).Select(block => names.Unique(name + "Sum" + block)).ToArray();
        foreach (var lane in lanes)
        {
            writer.Line($"var {lane} = {vector}.Zero;");
        }

        return lanes;
    }

    /// <summary>Arithmetic on this sample's elements and on per-sample locals or values the same for every sample.</summary>
    private bool HasSampleLaneForm(Expr expression, LoopSegment loop) =>
        expression switch
        {
            Constant or Variable => true,
            Element element => element.Index is IntVariable variable
                && variable.Name == loop.Index
                && method.Parameters.Any(parameter => parameter.Name == element.Array && parameter.IsArray && !parameter.IsDifferentiated),
            Negate negate => HasSampleLaneForm(negate.Operand, loop),
            Binary binary => HasSampleLaneForm(binary.Left, loop) && HasSampleLaneForm(binary.Right, loop),
            Power { Exponent: 2 or 3 } power => HasSampleLaneForm(power.Base, loop),
            Call { Function: var function, Arguments.Count: 1 } call => VectorLoop.LaneFunctionName(function) is not null
                && (function is not (MathFunction.Exp or MathFunction.Log) || method.HasVectorExpAndLog)
                && HasSampleLaneForm(call[0], loop),
            Conditional conditional => VectorLoop.HasMaskForm(conditional.Test, operand => HasSampleLaneForm(operand, loop))
                && HasSampleLaneForm(conditional.WhenTrue, loop)
                && HasSampleLaneForm(conditional.WhenFalse, loop),
            GuardedProduct guarded => HasSampleLaneForm(guarded.Guard, loop) && HasSampleLaneForm(guarded.Product, loop),
            _ => false,
        };
}
