using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace Perceptron.Gen.Benchmarks.Configuration;

/// <summary>
/// Runs a class's benchmarks with tiered compilation off, in whichever job the command line picks, so that every method
/// is compiled fully optimised on its first call.
/// </summary>
/// <remarks>
/// For the generator-cost benchmarks: one run calls thousands of distinct Roslyn and generator methods a few times each,
/// and with tiering on most of them would still be unoptimised tier-0 code after a short job's three warm-up runs. The
/// compiler a build uses is precompiled (ReadyToRun) and, in the build server, long warm; fully optimised code is the
/// closer stand-in. The gradient benchmarks keep the runtime's defaults: their loops are hot from the first iteration.
/// </remarks>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FullyOptimizedJitAttribute : JobMutatorConfigBaseAttribute
{
    /// <summary>Sets <c>DOTNET_TieredCompilation=0</c> on every job of the class.</summary>
    public FullyOptimizedJitAttribute()
        : base(Job.Default.WithEnvironmentVariable("DOTNET_TieredCompilation", "0")) { }
}
