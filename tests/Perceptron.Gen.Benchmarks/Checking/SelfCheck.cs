using System.IO;
using Perceptron.Gen.Benchmarks.GeneratorCost;
using Perceptron.Gen.Benchmarks.Gradients;

namespace Perceptron.Gen.Benchmarks.Checking;

/// <summary>
/// Runs every benchmark's setup, with every parameter value, before BenchmarkDotNet starts: each setup throws if the
/// implementations disagree or the generator rejects its workload, so a wrong result stops the run before any timing.
/// </summary>
public static class SelfCheck
{
    /// <summary>Runs all setups and writes one line per case.</summary>
    /// <param name="output">Where the report goes.</param>
    public static void Run(TextWriter output)
    {
        output.WriteLine(
            "Self-check: largest relative difference from the hand-written Vector<double> baseline "
                + $"(allowed {AgreementCheck.RelativeTolerance:E0})"
        );
        foreach (int sampleCount in PerceptronBackwardBenchmarks.SampleCounts)
        {
            var benchmark = new PerceptronBackwardBenchmarks { SampleCount = sampleCount };
            benchmark.Setup();
            output.WriteLine("  " + benchmark.AgreementReport);
        }

        foreach (int sampleCount in LinearModelGradientBenchmarks.SampleCounts)
        {
            var benchmark = new LinearModelGradientBenchmarks { SampleCount = sampleCount };
            benchmark.Setup();
            output.WriteLine("  " + benchmark.AgreementReport);
        }

        foreach (int sampleCount in LogisticModelGradientBenchmarks.SampleCounts)
        {
            var benchmark = new LogisticModelGradientBenchmarks { SampleCount = sampleCount };
            benchmark.Setup();
            output.WriteLine("  " + benchmark.AgreementReport);
        }

        foreach (var workload in GeneratorCostBenchmarks.Workloads)
        {
            var benchmark = new GeneratorCostBenchmarks { Workload = workload };
            benchmark.Setup();
            output.WriteLine("  " + benchmark.AgreementReport);
        }
    }
}
