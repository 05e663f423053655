using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Programs;
using Perceptron.Gen.Tests.Properties.Running;

namespace Perceptron.Gen.Tests.Properties.Reduction;

/// <summary>
/// Reduces a failing case to a small one, after CsCheck's shrinking: CsCheck searches for smaller random cases, which
/// shrinks the numbers and the overall shape well but seldom removes one statement from a long program; this removes
/// statements and simplifies expressions one step at a time, keeping a step when the case still fails in the same way.
/// Candidates are checked in batches, so each round costs one compilation per batch.
/// </summary>
public sealed class ProgramReducer(Func<IReadOnlyList<PropertyCase>, IReadOnlyList<CaseOutcome>> check, TimeSpan budget)
{
    public (PropertyCase Case, CaseOutcome Outcome) Reduce(PropertyCase failing, CaseOutcome outcome)
    {
        var clock = Stopwatch.StartNew();
        var current = (Case: failing, Outcome: outcome);

        // One failing point is enough, and the statements go first: each removed statement takes its expressions with it.
        current = Improve(current, SinglePoints(current.Case)) ?? current;
        while (clock.Elapsed < budget)
        {
            var program = current.Case.Program;
            var smaller = Improve(current, StatementEdits.Of(program))
                ?? Improve(current, ExpressionEdits.Of(program))
                ?? Improve(current, ExpressionEdits.Lifts(program));
            if (smaller is null)
            {
                break;
            }

            current = smaller.Value;
        }

        return current;
    }

    private static IEnumerable<PropertyCase> SinglePoints(PropertyCase propertyCase) =>
        propertyCase.Points.Length == 1
            ? Enumerable.Empty<PropertyCase>()
            : propertyCase.Points.Select(point => propertyCase with { Points = ImmutableArray.Create(point) });

    private (PropertyCase Case, CaseOutcome Outcome)? Improve(
        (PropertyCase Case, CaseOutcome Outcome) current,
        IEnumerable<RandomProgram> programs
    ) => Improve(current, programs.Select(program => current.Case with { Program = program }));

    /// <summary>The smallest candidate in the first batch that fails as the current case does, or null if none does.</summary>
    private (PropertyCase Case, CaseOutcome Outcome)? Improve(
        (PropertyCase Case, CaseOutcome Outcome) current,
        IEnumerable<PropertyCase> candidates
    )
    {
        var currentSize = Size(current.Case);
        var valid = candidates
            .Select(candidate => candidate with { Points = Trimmed(candidate, current.Case.Program) })
            .Where(candidate => WellFormedness.Holds(candidate.Program) && Size(candidate).CompareTo(currentSize) < 0)
            .DistinctBy(candidate => candidate.ToString())
            .OrderBy(Size);
        foreach (var batch in valid.Chunk(GradientProperty.BatchSize))
        {
            var outcomes = check(batch);
            var failing = batch.Zip(outcomes).Where(pair => pair.Second.Kind == current.Outcome.Kind).ToList();
            if (failing.Count > 0)
            {
                return failing[0];
            }
        }

        return null;
    }

    /// <summary>
    /// Points with the candidate's coordinates: dropping the last double parameter drops its coordinate, and shortening
    /// <c>xs</c> drops the coordinate of its last element.
    /// </summary>
    private static ImmutableArray<ImmutableArray<double>> Trimmed(PropertyCase candidate, RandomProgram from)
    {
        var program = candidate.Program;
        return candidate
            .Points.Select(point =>
                point
                    .Take(program.ParameterCount)
                    .Concat(point.Skip(from.ParameterCount).Take(program.Sequence?.Length ?? 0))
                    .ToImmutableArray()
            )
            .ToImmutableArray();
    }

    /// <summary>
    /// Shorter source first; at equal length, earlier parameters (a rather than b, so b can then be dropped) and fewer
    /// other names; then fewer iterations (a trip count one lower reads the same); then fewer points.
    /// </summary>
    private static (int Length, int Names, int Iterations, int Points) Size(PropertyCase propertyCase)
    {
        var program = propertyCase.Program;
        var names = ProgramNodes
            .Expressions(program)
            .OfType<Variable>()
            .Select(variable => variable.Name)
            .Distinct()
            .Sum(name => program.ParameterNames.IndexOf(name) is var index and >= 0 ? index + 1 : program.ParameterCount + 1);
        return (program.ToString().Length, names, StatementEdits.Iterations(program), propertyCase.Points.Length);
    }
}
