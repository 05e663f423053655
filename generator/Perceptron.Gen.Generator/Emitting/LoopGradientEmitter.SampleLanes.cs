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

        WriteSampleLanes(loop, end, plan);
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

    private void WriteSampleLanes(LoopSegment loop, string end, SampleLanePlan plan)
    {
        var index = Code(loop.Index);
        var values = plan
            .Locals.Select(local => local.Value)
            .Concat(plan.SumTerms.Select(term => term.Term))
            .Concat(fusedIterationShares.Select(share => share.Share))
            .ToList();
        var arrays = values.SelectMany(ElementsOf).Select(element => element.Array).Distinct().ToList();
        var locals = new HashSet<string>(plan.Locals.Select(local => local.Target));
        var invariants = values.SelectMany(LoopAnalysis.VariablesOf).Where(name => !locals.Contains(name)).Distinct().ToList();

        writer.OpenScope();
        writer.Line($"int {index} = {IntegerPrinter.Print(loop.From, Code)};");
        var width = names.Unique("width");
        writer.Line($"int {width} = {VectorType}.Count;");
        var tests = new List<string> { $"(long){end} - {index} >= {SampleBlocks} * {width}", $"{index} >= 0" };
        tests.AddRange(arrays.Select(array => $"{end} <= {Code(array)}.Length"));
        writer.Line(
            $"// Samples {index} to {end} - 1 on {VectorType.Replace("global::System.Numerics.", "")} lanes, two vectors per step, each with sums of its own;"
        );
        writer.Line("// the loop after this one takes the last samples one by one, and all of them where an array is too short.");
        writer.Open($"if ({string.Join(" && ", tests)})");
        var starts = WriteFirstElementReferences(arrays, array => array, ReadOnlySpanOf);
        var lanes = WriteLaneSetup(loop, plan, invariants);
        writer.Open($"for (; {index} <= {end} - {SampleBlocks} * {width}; {index} += {SampleBlocks} * {width})");
        for (var block = 0; block < SampleBlocks; block++)
        {
            var offset = block == 0 ? index : $"{index} + {width}";
            var loads = arrays.Select(array =>
                (array, $"global::System.Numerics.Vector.LoadUnsafe(ref {starts[array]}, (nuint)({offset}))")
            );
            WriteLaneStep(block, plan, lanes, loads);
        }

        writer.Close();
        WriteLaneTotals(lanes);
        writer.Close();
    }

    /// <summary>
    /// What the vector steps of a loop over samples share: the values that are the same for every sample, broadcast to
    /// lanes, and for the loop's sum and each collected scalar, one accumulator per vector of a step.
    /// </summary>
    private sealed record LaneSetup(
        Dictionary<string, string> Broadcasts,
        string[]? RunningSum,
        Dictionary<string, string[]> ShareSums,
        List<(string Target, string[] Lanes)> Totals
    );

    /// <summary>Declares the broadcasts and the accumulators of the vector steps, before their loop.</summary>
    private LaneSetup WriteLaneSetup(LoopSegment loop, SampleLanePlan plan, IEnumerable<string> invariants)
    {
        var broadcasts = invariants.ToDictionary(name => name, name => names.Unique(name + "Lanes"));
        foreach (var broadcast in broadcasts)
        {
            writer.Line($"var {broadcast.Value} = new {VectorType}({Code(broadcast.Key)});");
        }

        var carried = loop.Carried[0];
        var totals = new List<(string Target, string[] Lanes)>();
        var runningSum = plan.SumTerms.Count > 0 ? LaneAccumulators(carried.Current, VectorType) : null;
        if (runningSum is not null)
        {
            totals.Add((Code(carried.Current), runningSum));
        }

        var shareSums = fusedIterationShares
            .Select(share => share.Collector)
            .Distinct()
            .ToDictionary(collector => collector, collector => LaneAccumulators(collector, VectorType));
        totals.AddRange(shareSums.Select(entry => (entry.Key, entry.Value)));
        return new LaneSetup(broadcasts, runningSum, shareSums, totals);
    }

    /// <summary>
    /// One vector of samples in a vector step: the lanes <paramref name="loads"/> reads, the iteration's locals, the
    /// terms of the loop's sum and each scalar's share. Returns the lane name of every value, for the caller's stores.
    /// </summary>
    private Dictionary<string, string> WriteLaneStep(
        int block,
        SampleLanePlan plan,
        LaneSetup lanes,
        IEnumerable<(string Name, string Load)> loads
    )
    {
        var loaded = loads.ToList();
        var blockNames = plan
            .Locals.Select(local => local.Target)
            .Concat(loaded.Select(load => load.Name))
            .ToDictionary(name => name, name => names.Unique(name + "Lanes" + block));
        string Text(string name) =>
            blockNames.TryGetValue(name, out var local) ? local
            : lanes.Broadcasts.TryGetValue(name, out var broadcast) ? broadcast
            : Code(name);
        foreach (var (name, load) in loaded)
        {
            writer.Line($"var {blockNames[name]} = {load};");
        }

        foreach (var local in plan.Locals)
        {
            writer.Line($"var {blockNames[local.Target]} = {VectorLoop.Print(local.Value, Text)};");
        }

        foreach (var (term, isSubtracted) in plan.SumTerms)
        {
            writer.Line($"{lanes.RunningSum![block]} {(isSubtracted ? "-=" : "+=")} {VectorLoop.Print(term, Text)};");
        }

        foreach (var (collector, share) in fusedIterationShares)
        {
            writer.Line($"{lanes.ShareSums[collector][block]} += {VectorLoop.Print(share, Text)};");
        }

        return blockNames;
    }

    /// <summary>After the vector steps: each accumulator's lanes added to the scalar they stand for.</summary>
    private void WriteLaneTotals(LaneSetup lanes)
    {
        foreach (var (target, accumulators) in lanes.Totals)
        {
            writer.Line($"{target} += global::System.Numerics.Vector.Sum({string.Join(" + ", accumulators)});");
        }
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
