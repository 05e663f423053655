using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>The backward sweep of a loop: the loop run in reverse.</summary>
internal sealed partial class LoopGradientEmitter
{
    private void WriteBackwardLoop(LoopSegment loop, Dictionary<string, Expr> pending)
    {
        var from = IntegerPrinter.Print(loop.From, Code);
        var index = Code(loop.Index);
        NameAdjointsReadingFinalValues(loop, pending);

        // Each carried variable's adjoint runs backwards through the iterations in a variable of its own.
        var carriedAdjoints = new Dictionary<CarriedVariable, string>();
        foreach (var carried in loop.Carried)
        {
            var name = names.Unique("d" + NameScope.ToPascalCase(carried.Current));
            carriedAdjoints[carried] = name;
            var initial = pending.TryGetValue(carried.Current, out var after) ? after : Constant.Zero;
            pending.Remove(carried.Current);
            writer.Line($"{numeric.Keyword} {name} = {CSharpExpressionPrinter.Print(initial, Code, numeric)};");
        }

        // Values from before the loop that its body reads collect their adjoint over all iterations.
        var defined = new HashSet<string>(AllNames(loop.Body).Concat(loop.Carried.Select(carried => carried.Current)));
        var outerReads = FreeVariables(loop.Body)
            .Where(name => !defined.Contains(name) && !scalarParameters.Contains(name) && !IsPassThroughParameter(name))
            .Distinct()
            .ToList();
        var outerAdjoints = new Dictionary<string, string>();
        foreach (var outer in outerReads)
        {
            outerAdjoints[outer] = names.Unique("d" + NameScope.ToPascalCase(outer));
            writer.Line($"{numeric.Keyword} {outerAdjoints[outer]} = {numeric.Zero};");
        }

        writer.Open($"for (int {index} = {loopEnds[loop.Index]} - 1; {index} >= {from}; {index}--)");
        foreach (var carried in loop.Carried.Where(carried => !LoopAnalysis.IsRunningSum(loop, carried)))
        {
            writer.Line($"{Code(carried.Current)} = {tapes[carried.Current]}[{Offset(index, loop.From)}];");
        }

        var enclosingRecomputeOnly = recomputeOnly;
        recomputeOnly = new HashSet<string>(ReadIn(loop.Body));
        WriteForward(loop.Body, isRecomputation: true);
        recomputeOnly = enclosingRecomputeOnly;
        var inner = new Dictionary<string, Expr>();
        foreach (var carried in loop.Carried)
        {
            inner[carried.Next] = new Variable(carriedAdjoints[carried]);
        }

        WriteBackward(loop.Body, inner);

        // The adjoint each carried variable had at the start of this iteration; all computed before any is replaced.
        var updates = new List<(string Target, string Temporary)>();
        foreach (var carried in loop.Carried)
        {
            var updated = inner.TryGetValue(carried.Current, out var adjoint) ? adjoint : Constant.Zero;
            inner.Remove(carried.Current);
            if (updated.Equals(new Variable(carriedAdjoints[carried])))
            {
                continue;
            }

            var temporary = names.Unique(carriedAdjoints[carried] + "Before");
            writer.Line($"{numeric.Keyword} {temporary} = {CSharpExpressionPrinter.Print(updated, Code, numeric)};");
            updates.Add((carriedAdjoints[carried], temporary));
        }

        foreach (var outer in outerReads.Where(inner.ContainsKey))
        {
            writer.Line($"{outerAdjoints[outer]} += {CSharpExpressionPrinter.Print(inner[outer], Code, numeric)};");
            inner.Remove(outer);
        }

        FlushParameters(inner);

        // Last: every line above reads the adjoints as they were after this iteration.
        foreach (var (target, temporary) in updates)
        {
            writer.Line($"{target} = {temporary};");
        }

        writer.Close();

        foreach (var carried in loop.Carried)
        {
            Accumulate(pending, new Variable(carried.Entry), new Variable(carriedAdjoints[carried]));
        }

        foreach (var outer in outerReads)
        {
            Accumulate(pending, new Variable(outer), new Variable(outerAdjoints[outer]));
        }
    }

    /// <summary>
    /// The backward loop sets each taped carried variable back to its value at the start of every iteration, so after it
    /// the variable no longer holds the loop's result. A pending adjoint that reads the result (<c>a * p</c> after the loop
    /// gives <c>a</c> the adjoint <c>p</c>) is computed into a local of its own first, while the variable still holds it.
    /// </summary>
    private void NameAdjointsReadingFinalValues(LoopSegment loop, Dictionary<string, Expr> pending)
    {
        var restored = new HashSet<string>(
            loop.Carried.Where(carried => !LoopAnalysis.IsRunningSum(loop, carried)).Select(carried => carried.Current)
        );
        var carriedHere = new HashSet<string>(loop.Carried.Select(carried => carried.Current));
        foreach (var variable in pending.Keys.Where(variable => !carriedHere.Contains(variable)).ToList())
        {
            var adjoint = pending[variable];
            if (!LoopAnalysis.VariablesOf(adjoint).Any(restored.Contains))
            {
                continue;
            }

            var name = names.Unique("d" + NameScope.ToPascalCase(variable));
            writer.Line($"// ∂{method.Name}/∂{variable}, from the uses after the loop");
            writer.Line($"{numeric.Keyword} {name} = {CSharpExpressionPrinter.Print(adjoint, Code, numeric)};");
            pending[variable] = new Variable(name);
        }
    }

    private bool IsPassThroughParameter(string name) =>
        method.Parameters.Any(parameter => parameter.Name == name && !parameter.IsDifferentiated);

    /// <summary>
    /// Every variable the segments' values, guards and loop tests read, and what nested loops carry in and out: what a
    /// recomputation of them must still compute.
    /// </summary>
    private static IEnumerable<string> ReadIn(IEnumerable<Segment> segments) =>
        segments.SelectMany(segment =>
            segment switch
            {
                StraightSegment straight => straight.Locals.SelectMany(local =>
                    LoopAnalysis.VariablesOf(local.Value).Concat(ConditionReads(local.Guard))
                ),
                LoopSegment inner => ReadIn(inner.Body)
                    .Concat(inner.Carried.SelectMany(carried => new[] { carried.Entry, carried.Next }))
                    .Concat(ConditionReads(inner.RunWhile))
                    .Concat(ConditionReads(inner.ExitAfter)),
                _ => Enumerable.Empty<string>(),
            }
        );

    private static IEnumerable<string> ConditionReads(Condition? condition) =>
        condition is null ? Enumerable.Empty<string>() : LoopAnalysis.VariablesOf(new Conditional(condition, Constant.Zero, Constant.Zero));

    /// <summary>Every variable the segments read, nested loops included.</summary>
    private static IEnumerable<string> FreeVariables(IEnumerable<Segment> segments) =>
        segments.SelectMany(segment =>
            segment switch
            {
                StraightSegment straight => straight.Locals.SelectMany(local => LoopAnalysis.VariablesOf(local.Value)),
                LoopSegment inner => FreeVariables(inner.Body).Concat(inner.Carried.Select(carried => carried.Entry)),
                _ => Enumerable.Empty<string>(),
            }
        );
}
