using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>The forward and backward sweeps over segments.</summary>
internal sealed partial class LoopGradientEmitter
{
    /// <summary>Adjoints at most this large are repeated where used rather than named.</summary>
    private const int InlineAdjointSizeLimit = 5;

    /// <summary>The tape of each loop-carried variable that needs one, by the variable's name.</summary>
    private readonly Dictionary<string, string> tapes = new();

    /// <summary>
    /// While a reverse iteration recomputes its body: the locals something in the body reads. The others, such as the
    /// last value of a sum, are never read by the backward step (a partial derivative reads operands, not results).
    /// </summary>
    private HashSet<string>? recomputeOnly;

    /// <summary>For each loop, by its index's name: the variable holding where its iterations ended.</summary>
    private readonly Dictionary<string, string> loopEnds = new();

    private void WriteForward(IEnumerable<Segment> segments, bool isRecomputation)
    {
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case StraightSegment straight:
                    foreach (var local in straight.Locals)
                    {
                        if (recomputeOnly is not null && !recomputeOnly.Contains(local.Name) && local.Value is not UserCall)
                        {
                            continue;
                        }

                        LocalWriter.Write(writer, local.Name, local.Value, local.Guard, Code, numeric);
                    }

                    break;
                case LoopSegment loop:
                    WriteForwardLoop(loop, isRecomputation);
                    break;
            }
        }
    }

    private void WriteForwardLoop(LoopSegment loop, bool isRecomputation)
    {
        if (AsInnerProduct(loop) is { } product)
        {
            WriteForwardInnerProduct(product);
            return;
        }

        var index = Code(loop.Index);
        var from = IntegerPrinter.Print(loop.From, Code);
        var taped = loop.Carried.Where(carried => !LoopAnalysis.IsRunningSum(loop, carried)).ToList();
        var isBounded = loop.To is not null;

        // A loop in a branch not taken, or after a return, runs no iteration: it ends where it starts.
        var guard = loop.Guard is null ? null : CSharpExpressionPrinter.PrintCondition(loop.Guard, Code, numeric);
        var to =
            !isBounded ? null
            : guard is null ? IntegerPrinter.Print(loop.To!, Code)
            : $"({guard} ? {IntegerPrinter.Print(loop.To!, Code)} : {from})";
        string? iterations = null;
        if (isBounded && taped.Count > 0)
        {
            iterations = names.Unique("iterations");
            writer.Line($"int {iterations} = global::System.Math.Max(0, {Offset(to!, loop.From)});");
        }

        foreach (var carried in taped)
        {
            var tape = tapes[carried.Current] = tapes.TryGetValue(carried.Current, out var existing)
                ? existing
                : names.Unique(carried.Current + "Tape");
            writer.Line($"// {carried.Current} at the start of each iteration, for the backward pass.");
            writer.Line(
                isBounded
                    ? $"{numeric.Keyword}[] {tape} = new {numeric.Keyword}[{iterations}];"
                    : $"var {tape} = new global::System.Collections.Generic.List<{numeric.Keyword}>();"
            );
        }

        foreach (var carried in loop.Carried)
        {
            writer.Line($"{numeric.Keyword} {Code(carried.Current)} = {Code(carried.Entry)};");
        }

        if (ReferenceEquals(loop, fusedLoop))
        {
            WriteFusedCollectors(loop);
        }

        // Where the backward loop starts: the bound, or the iteration after which the loop left.
        var end = loopEnds[loop.Index] = names.Unique(loop.Index + (isBounded ? "End" : "Count"));
        writer.Line(isBounded ? $"int {end} = {to};" : $"int {end} = 0;");
        var runWhile = loop.RunWhile is null ? null : CSharpExpressionPrinter.PrintCondition(loop.RunWhile, Code, numeric);
        var whileTest = (guard, runWhile) switch
        {
            (null, null) => "true",
            (null, { } test) => test,
            ({ } runs, null) => runs,
            ({ } runs, { } test) => $"({runs}) && ({test})",
        };
        // The fused loop's iteration is written first, aside: whether samples can also run on vector lanes depends on it.
        SourceWriter? iteration = null;
        var onLanes = false;
        if (ReferenceEquals(loop, fusedLoop))
        {
            var file = writer;
            writer = iteration = new SourceWriter();
            WriteFusedIteration(loop);
            writer = file;
            onLanes = TryWriteSampleLanes(loop, end) || TryWriteSampleBlocks(loop, end);
        }

        writer.Open(
            onLanes ? $"for (; {index} < {end}; {index}++)"
            : isBounded ? $"for (int {index} = {from}; {index} < {end}; {index}++)"
            : $"while ({whileTest})"
        );
        foreach (var carried in taped)
        {
            writer.Line(
                isBounded
                    ? $"{tapes[carried.Current]}[{Offset(index, loop.From)}] = {Code(carried.Current)};"
                    : $"{tapes[carried.Current]}.Add({Code(carried.Current)});"
            );
        }

        if (iteration is not null)
        {
            writer.AppendIndented(iteration);
        }
        else
        {
            WriteForward(loop.Body, isRecomputation);
        }

        // Whether to leave is decided before the carried variables move on: a break's test reads them as they were where
        // it stood. As a variable, a test that is always true also leaves the loop's increment reachable (no CS0162).
        string? leave = null;
        if (loop.ExitAfter is not null)
        {
            leave = names.Unique("leave");
            writer.Line($"bool {leave} = {CSharpExpressionPrinter.PrintCondition(loop.ExitAfter, Code, numeric)};");
        }

        foreach (var carried in loop.Carried.Where(carried => carried.Next != carried.Current))
        {
            writer.Line($"{Code(carried.Current)} = {Code(carried.Next)};");
        }

        if (!isBounded)
        {
            writer.Line($"{end}++;");
        }

        if (leave is not null)
        {
            writer.Open($"if ({leave})");
            if (isBounded)
            {
                writer.Line($"{end} = {index} + 1;");
            }

            writer.Line("break;");
            writer.Close();
        }

        writer.Close();
        if (onLanes)
        {
            // The scope that holds the index both loops share.
            writer.Close();
        }
    }

    /// <summary><c>index - from</c>, or just <c>index</c> when the loop starts at 0.</summary>
    private static string Offset(string index, IntExpr from) =>
        from is IntConstant { Value: 0 } ? index : $"{index} - ({IntegerPrinter.Print(from, Code)})";

    /// <summary>Sends the pending adjoints back through <paramref name="segments"/>, last segment first.</summary>
    private void WriteBackward(IReadOnlyList<Segment> segments, Dictionary<string, Expr> pending)
    {
        for (var index = segments.Count - 1; index >= 0; index--)
        {
            switch (segments[index])
            {
                case StraightSegment straight:
                    WriteBackwardStraight(straight, pending);
                    break;
                case LoopSegment loop when AsInnerProduct(loop) is { } product:
                    WriteBackwardInnerProduct(product, pending);
                    break;
                case LoopSegment loop when ReferenceEquals(loop, fusedLoop):
                    WriteFusedLoopBackward(loop, pending);
                    break;
                case LoopSegment loop:
                    WriteBackwardLoop(loop, pending);
                    break;
            }
        }
    }

    private void WriteBackwardStraight(StraightSegment straight, Dictionary<string, Expr> pending)
    {
        for (var index = straight.Locals.Count - 1; index >= 0; index--)
        {
            var local = straight.Locals[index];
            if (!pending.TryGetValue(local.Name, out var adjoint))
            {
                continue;
            }

            pending.Remove(local.Name);

            // A local computed only under a guard has a derivative only there: elsewhere it is 0 and nothing flows.
            if (local.Guard is not null)
            {
                adjoint = Build.Branch(local.Guard, adjoint, Constant.Zero);
            }

            var seed = adjoint;
            var (toName, rebuild) = Build.SplitForNaming(adjoint);
            if (toName.Size > InlineAdjointSizeLimit)
            {
                var name = names.Unique("d" + NameScope.ToPascalCase(local.Name));
                WriteBackwardLocal(name, toName, $"∂{method.Name}/∂{local.Name}");
                seed = rebuild(new Variable(name));
            }

            DerivativeRules.Propagate(local.Value, seed, (leaf, contribution) => Accumulate(pending, leaf, contribution));
        }
    }
}
