using System;
using System.Collections.Immutable;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>Loops and the jumps out of them, run as C# runs them.</summary>
public sealed partial class ProgramInterpreter
{
    /// <summary>How a block ended: at its end, or by a <c>break</c>, <c>continue</c> or <c>return</c> that the enclosing statements pass on.</summary>
    private enum Flow
    {
        Normal,
        Break,
        Continue,
        Returned,
    }

    private Flow ExecuteLoopStatement(Statement statement)
    {
        switch (statement)
        {
            case For loop:
                var end = loop.End.Kind switch
                {
                    BoundKind.Constant => loop.End.Value,
                    BoundKind.Count => integers[RandomProgram.CountName],
                    BoundKind.Index => integers[loop.End.Index!],
                    _ => sequence.Length,
                };
                return Repeat(
                    iteration => loop.Inclusive ? loop.Start + iteration <= end : loop.Start + iteration < end,
                    iteration => integers[loop.Index] = loop.Start + iteration,
                    loop.Body,
                    () => integers.Remove(loop.Index)
                );
            case ForEach loop:
                return Repeat(
                    iteration => iteration < sequence.Length,
                    iteration => variables[loop.Item] = sequence[iteration],
                    loop.Body,
                    () => variables.Remove(loop.Item)
                );
            case While loop:
                variables[loop.Counter] = Dual.Constant(0);
                return Repeat(
                    iteration => (loop.TestAtBottom && iteration == 0) || Test(loop.Test),
                    _ => variables[loop.Counter] += Dual.Constant(1),
                    loop.Body,
                    () => { }
                );
            case Jump jump:
                if (!Test(jump.Test))
                {
                    return Flow.Normal;
                }

                var before = Execute(jump.Before);
                return before != Flow.Normal ? before
                    : jump.IsBreak ? Flow.Break
                    : Flow.Continue;
            default:
                throw new NotSupportedException($"The interpreter has no rule for {statement.GetType().Name}.");
        }
    }

    private Dual ElementAt(Element element)
    {
        var index = int.TryParse(element.Index, out var position) ? position : integers[element.Index];
        return sequence[element.FromEnd ? sequence.Length - 1 - index : index];
    }

    /// <summary>
    /// Runs <paramref name="body"/> while <paramref name="runs"/> holds for the iteration's number, after
    /// <paramref name="enter"/>, until a <c>break</c> or <c>return</c>. The number of iterations joins the path, so a point
    /// where a loop would run more or fewer times nearby is recognised, whatever decided it.
    /// </summary>
    private Flow Repeat(Func<int, bool> runs, Action<int> enter, ImmutableArray<Statement> body, Action leave)
    {
        var iteration = 0;
        var flow = Flow.Normal;
        while (runs(iteration))
        {
            enter(iteration);
            iteration++;
            flow = Execute(body);
            if (flow is Flow.Break or Flow.Returned)
            {
                break;
            }
        }

        leave();
        Decide("a loop's number of iterations", iteration);
        return flow == Flow.Returned ? Flow.Returned : Flow.Normal;
    }
}
