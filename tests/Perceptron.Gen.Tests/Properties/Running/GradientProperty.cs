using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Reduction;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Perceptron.Gen.Tests.Properties.Running;

// Imported inside the namespace, so that CsCheck's Gen is found before the namespace Perceptron.Gen.
using CsCheck;

/// <summary>
/// Runs the gradient property over generated cases, in three phases.
/// <list type="number">
/// <item>Search: cases are drawn from a PCG with the configured seed, so every run tests the same cases, and checked
/// <see cref="BatchSize"/> to a compilation.</item>
/// <item>Shrink: the first failing case's seed is handed to CsCheck's <c>Check.Sample</c>, which replays it and keeps
/// looking for smaller failing cases, one compilation each.</item>
/// <item>Reduce: the smallest of those goes to the <see cref="ProgramReducer"/>, and the test fails with its result as
/// C#, the point and the partial that disagree.</item>
/// </list>
/// </summary>
public sealed class GradientProperty(Gen<PropertyCase> cases, PropertySettings settings, ITestOutputHelper output)
{
    public const int BatchSize = 40;

    /// <summary>Most programs must have a point that was checked, or the property would pass without testing much.</summary>
    public const double LeastCheckedFraction = 0.8;

    public void Holds()
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new PCG(1, settings.Seed);
        var checkedPrograms = 0;
        var checkedPoints = 0;
        var notes = new List<string>();
        var failures = new List<(string Seed, PropertyCase Case, CaseOutcome Outcome)>();
        for (var start = 0; start < settings.Programs; start += BatchSize)
        {
            var batch = Draw(random, Math.Min(BatchSize, settings.Programs - start));
            var outcomes = CheckAll(batch.Select(drawn => drawn.Case).ToList());
            var described = outcomes.Select((outcome, index) => (batch[index].Seed, batch[index].Case, Outcome: outcome));
            failures.AddRange(described.Where(failure => failure.Outcome.Failed));
            checkedPrograms += outcomes.Count(outcome => outcome.PointsChecked > 0);
            checkedPoints += outcomes.Sum(outcome => outcome.PointsChecked);
            notes.AddRange(outcomes.SelectMany(outcome => outcome.Notes));
        }

        Report(checkedPrograms, checkedPoints, notes, stopwatch.Elapsed);
        if (failures.Count > 0)
        {
            // Every failure is listed as found; the first is shrunk, which is where the test fails.
            output.WriteLine($"{failures.Count} programs failed:");
            foreach (var (_, failing, outcome) in failures)
            {
                output.WriteLine($"{failing}\n{outcome.Failure}\n");
            }

            Shrink(failures[0].Seed, failures[0].Case, failures[0].Outcome);
        }

        if (checkedPrograms < LeastCheckedFraction * settings.Programs)
        {
            throw new XunitException(
                $"Only {checkedPrograms} of {settings.Programs} programs had a point fit to check; the generators need care."
            );
        }
    }

    /// <summary>Checks cases compiled together; the outcomes are in the cases' order.</summary>
    public static IReadOnlyList<CaseOutcome> CheckAll(IReadOnlyList<PropertyCase> batch)
    {
        using var compiled = CompiledBatch.Compile(batch.Select(propertyCase => propertyCase.Program).ToList());
        return batch.Select((propertyCase, index) => GradientAgreement.Check(propertyCase, compiled[index])).ToList();
    }

    private List<(string Seed, PropertyCase Case)> Draw(PCG random, int count)
    {
        var drawn = new List<(string, PropertyCase)>(count);
        for (var index = 0; index < count; index++)
        {
            var state = random.State;
            drawn.Add((random.ToString(state), cases.Generate(random, null, out _)));
        }

        return drawn;
    }

    /// <summary>
    /// Hands the failing case to CsCheck to shrink, then to the <see cref="ProgramReducer"/>, and fails with the result.
    /// CsCheck only ever checks cases smaller than the smallest failure so far, so the failures it meets get smaller;
    /// they are collected here because its exception carries the smallest one only as text.
    /// </summary>
    private void Shrink(string seed, PropertyCase failing, CaseOutcome outcome)
    {
        var failures = new ConcurrentBag<(PropertyCase Case, CaseOutcome Outcome)> { (failing, outcome) };
        string shrinking;
        try
        {
            cases.Sample(
                propertyCase =>
                {
                    var alone = CheckAll(new[] { propertyCase })[0];
                    if (alone.Kind == outcome.Kind)
                    {
                        failures.Add((propertyCase, alone));
                        throw new GradientMismatchException(alone.Failure!);
                    }
                },
                seed: seed,
                time: settings.ShrinkSeconds,
                threads: 2,
                print: propertyCase => propertyCase.ToString()
            );
            shrinking = "CsCheck found no failing case: this one fails in its batch but passes alone.";
        }
        catch (CsCheckException shrunk)
        {
            shrinking = shrunk.Message;
        }

        var smallest = failures.MinBy(failure => failure.Case.ToString().Length);
        var reducer = new ProgramReducer(CheckAll, TimeSpan.FromSeconds(settings.ReduceSeconds));
        var (reduced, reducedOutcome) = reducer.Reduce(smallest.Case, smallest.Outcome);
        throw new XunitException(
            $"The generated gradient disagrees with the oracles.\n\nReduced to:\n{reduced}\n\n{reducedOutcome.Failure}\n\n"
                + $"Shrunk by CsCheck from the first failing case:\n{shrinking}\n\n{Reproduce()}"
        );
    }

    private string Reproduce() => $"Search seed: PGEN_PROPERTY_SEED={settings.Seed} PGEN_PROPERTY_PROGRAMS={settings.Programs}.";

    private void Report(int checkedPrograms, int checkedPoints, List<string> notes, TimeSpan elapsed)
    {
        output.WriteLine(
            $"{settings.Programs} programs from seed {settings.Seed} in {elapsed.TotalSeconds:F1} s: "
                + $"{checkedPrograms} checked at {checkedPoints} points."
        );
        foreach (var group in notes.GroupBy(note => note.Split(" (")[0]).OrderByDescending(group => group.Count()))
        {
            output.WriteLine($"  {group.Count(), 5} × {group.Key}");
        }
    }
}
