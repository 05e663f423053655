using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Perceptron.Gen.Benchmarks.Configuration;

/// <summary>
/// The configuration every benchmark runs with: the defaults, allocated bytes, the fastest iteration, and time per sample.
/// </summary>
public static class BenchmarkConfiguration
{
    /// <summary>Creates the configuration; the job (default or <c>--job short</c>) comes from the command line.</summary>
    /// <returns>The configuration.</returns>
    public static IConfig Create() =>
        DefaultConfig
            .Instance.AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Min, NanosecondsPerSampleColumn.Mean, NanosecondsPerSampleColumn.Best);
}
