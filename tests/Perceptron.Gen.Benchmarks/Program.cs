using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Perceptron.Gen.Benchmarks.Checking;
using Perceptron.Gen.Benchmarks.Configuration;

namespace Perceptron.Gen.Benchmarks;

/// <summary>
/// The entry point. Checks that every timed implementation computes the same numbers, then hands the command line to
/// BenchmarkDotNet: <c>--filter '*'</c> runs everything, <c>--job short</c> is the quick mode. See docs/performance.md.
/// </summary>
public static class Program
{
    /// <summary>Runs the self-check, then the benchmarks the arguments select.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, or <c>--self-check</c> alone to check without timing.</param>
    /// <returns>0, or 1 when a benchmark failed.</returns>
    public static int Main(string[] args)
    {
        SelfCheck.Run(Console.Out);
        if (args is ["--self-check"])
        {
            return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfiguration.Create());
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
