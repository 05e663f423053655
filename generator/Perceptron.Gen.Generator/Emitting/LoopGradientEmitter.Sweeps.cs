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

    private void WriteForward(IEnumerable<Segment> segments, bool isRecomputation)
    {
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case StraightSegment straight:
                    foreach (var local in straight.Locals)
                    {
                        LocalWriter.Write(writer, local.Name, local.Value, local.Guard, Code);
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
        var from = IntegerPrinter.Print(loop.From, Code);
        var to = IntegerPrinter.Print(loop.To, Code);
        var taped = loop.Carried.Where(carried => !LoopAnalysis.IsRunningSum(loop, carried)).ToList();
        if (taped.Count > 0)
        {
            var count = names.Unique("iterations");
            writer.Line($"int {count} = global::System.Math.Max(0, {to} - ({from}));");
            foreach (var carried in taped)
            {
                var tape = tapes.TryGetValue(carried.Current, out var existing) ? existing : tapes[carried.Current] = names.Unique(carried.Current + "Tape");
                writer.Line($"// {carried.Current} at the start of each iteration, for the backward pass.");
                writer.Line($"double[] {tape} = new double[{count}];");
            }
        }

        foreach (var carried in loop.Carried)
        {
            writer.Line($"double {Code(carried.Current)} = {Code(carried.Entry)};");
        }

        writer.Open($"for (int {Code(loop.Index)} = {from}; {Code(loop.Index)} < {to}; {Code(loop.Index)}++)");
        foreach (var carried in taped)
        {
            writer.Line($"{tapes[carried.Current]}[{Code(loop.Index)} - ({from})] = {Code(carried.Current)};");
        }

        WriteForward(loop.Body, isRecomputation);
        foreach (var carried in loop.Carried.Where(carried => carried.Next != carried.Current))
        {
            writer.Line($"{Code(carried.Current)} = {Code(carried.Next)};");
        }

        writer.Close();
    }

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
            var seed = adjoint;
            if (adjoint.Size > InlineAdjointSizeLimit)
            {
                var name = names.Unique("d" + NameScope.ToPascalCase(local.Name));
                writer.Line($"// ∂{method.Name}/∂{local.Name}");
                writer.Line($"double {name} = {CSharpExpressionPrinter.Print(adjoint, Code)};");
                seed = new Variable(name);
            }

            DerivativeRules.Propagate(local.Value, seed, (leaf, contribution) => Accumulate(pending, leaf, contribution));
        }
    }
}
