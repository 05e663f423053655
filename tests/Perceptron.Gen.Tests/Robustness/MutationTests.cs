using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Perceptron.Gen.Tests.Robustness.Mutation;
using Xunit;
using Xunit.Abstractions;

namespace Perceptron.Gen.Tests.Robustness;

/// <summary>
/// Random syntax-level mutations of the corpus through the generator, one file at a time: no exception ever leaves the
/// generator, and a mutant that compiles still compiles once the generated code is added. A failure prints the seed, the
/// mutant's index, its edits, a diff and the mutated file, so that it can be kept as a regression test.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    /// <summary>How many failing mutants are described in full; the rest are counted.</summary>
    private const int DescribedFailures = 3;

    /// <summary>One mutant in this many binds every generated file, not only the changed ones.</summary>
    private const int EverythingBoundEvery = 16;

    [Fact]
    public void Mutants_of_the_corpus_never_crash_the_generator_and_what_compiles_still_compiles_after_generation()
    {
        var settings = FuzzSettings.FromEnvironment(defaultMutants: 10_000);
        var files = CorpusFile.All;
        var mutators = files.Select(file => new SourceMutator(file.Source)).ToArray();
        var harnesses = files.Select(file => new MutationHarness(file.Source)).ToArray();
        var verdicts = new MutantVerdict[settings.Mutants];
        var clock = Stopwatch.StartNew();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;

        // Mutant i is made from its own seed, so the order in which the threads take them changes nothing.
        Parallel.For(0, settings.Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, offset =>
        {
            var index = settings.First + offset;
            var file = index % files.Count;
            var mutant = mutators[file].Mutate(new Random(settings.SeedOf(index)));
            verdicts[offset] = harnesses[file].Check(mutant.Source, bindEverything: index % EverythingBoundEvery == 0);
        });

        var counts = verdicts.GroupBy(verdict => verdict.Kind).ToDictionary(group => group.Key, group => group.Count());
        var failures = new List<string>();
        for (var offset = 0; offset < settings.Mutants; offset++)
        {
            if (verdicts[offset].IsFailure)
            {
                var index = settings.First + offset;
                var file = files[index % files.Count];
                var mutant = mutators[index % files.Count].Mutate(new Random(settings.SeedOf(index)));
                failures.Add(
                    failures.Count < DescribedFailures
                        ? Describe(settings, index, file, mutant, verdicts[offset])
                        : $"mutant {index} of {file.Name}: {verdicts[offset].Kind}, {string.Join("; ", mutant.Edits)}"
                );
            }
        }

        var summary =
            $"{settings.Mutants} mutants from seed {settings.Seed} in {clock.Elapsed.TotalSeconds:F1} s "
            + $"({(Process.GetCurrentProcess().TotalProcessorTime - processorTime).TotalSeconds:F1} s of processor time): "
            + string.Join(", ", counts.OrderBy(pair => pair.Key).Select(pair => $"{pair.Value} {pair.Key}"));
        output.WriteLine(summary);
        Assert.True(failures.Count == 0, $"{summary}\n\n{string.Join("\n\n", failures)}");

        // Mutants that compile are the ones that reach the generator's reading and emitting; too few would test little.
        Assert.True(counts.GetValueOrDefault(MutantKind.Compiles) >= settings.Mutants / 20, summary);
    }

    private static string Describe(FuzzSettings settings, int index, CorpusFile file, Mutant mutant, MutantVerdict verdict)
    {
        var text = new StringBuilder();
        text.AppendLine($"Mutant {index} of {file.Name}: {verdict.Kind}.");
        text.AppendLine($"Replay it alone with PGEN_FUZZ_SEED={settings.Seed} PGEN_FUZZ_FIRST={index} PGEN_FUZZ_MUTANTS=1.");
        text.AppendLine("Edits: " + string.Join("; ", mutant.Edits));
        text.AppendLine("Problems:");
        foreach (var problem in verdict.Problems.Take(10))
        {
            text.AppendLine("  " + problem);
        }

        text.AppendLine("Changed lines (- corpus, + mutant):");
        foreach (var line in InlineDiffBuilder.Diff(file.Source, mutant.Source).Lines.Where(line => line.Type != ChangeType.Unchanged))
        {
            text.AppendLine($"{(line.Type == ChangeType.Inserted ? "+" : "-")} {line.Position}: {line.Text}");
        }

        text.AppendLine("The mutated file:");
        text.AppendLine(mutant.Source);
        return text.ToString();
    }
}
