using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Perceptron.Gen.Benchmarks.Checking;
using Perceptron.Gen.Benchmarks.Data;
using Perceptron.Gen.Benchmarks.HandWritten;
using Perceptron.Gen.Benchmarks.Models;

namespace Perceptron.Gen.Benchmarks.Gradients;

/// <summary>
/// Loss and gradient of the one-feature perceptron <c>ŷ = w·x + b</c> under the mean squared error: the generated
/// <c>Backward</c> and the generated gradient of the same loss written as a <c>[Differentiable]</c> loop, against a
/// hand-written scalar loop and the hand-written <c>Vector&lt;double&gt;</c> baseline.
/// </summary>
[MemoryDiagnoser]
public class PerceptronBackwardBenchmarks
{
    private const double Weight = 2.5;
    private const double Bias = 0.5;

    private double[] features = [];
    private double[] targets = [];

    /// <summary>The sample counts timed: in L1 (16 KB of data), in L2 (1.6 MB), and far beyond L2 (160 MB).</summary>
    public static IEnumerable<int> SampleCounts => [1_000, 100_000, 10_000_000];

    /// <summary>n, the number of samples.</summary>
    [ParamsSource(nameof(SampleCounts))]
    public int SampleCount { get; set; }

    /// <summary>The last ∂L/∂w, kept so that no implementation's work can be discarded as unused.</summary>
    public double WeightGradient;

    /// <summary>The last ∂L/∂b, kept for the same reason.</summary>
    public double BiasGradient;

    /// <summary>What the agreement check found, for the start-up report.</summary>
    public string AgreementReport { get; private set; } = "";

    /// <summary>Builds the data and checks that the three implementations agree before any is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (features, targets) = SyntheticData.OneFeature(SampleCount);
        var baseline = Result(HandVectorized());
        double generated = AgreementCheck.Require($"generated Backward, n = {SampleCount}", baseline, Result(Generated()));
        double scalar = AgreementCheck.Require($"hand-written scalar, n = {SampleCount}", baseline, Result(HandScalar()));
        double loop = AgreementCheck.Require($"generated [Differentiable] loop, n = {SampleCount}", baseline, Result(GeneratedFromLoop()));
        AgreementReport = $"perceptron n = {SampleCount}: generated {generated:E1}, [Differentiable] loop {loop:E1}, scalar {scalar:E1}";
    }

    /// <summary>The generated <c>Backward</c>.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Description = "generated Backward")]
    public double Generated() => PricePerceptron.Backward(Weight, Bias, features, targets, out WeightGradient, out BiasGradient);

    /// <summary>The generated gradient of the same loss written as one <c>[Differentiable]</c> loop over samples.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Description = "generated [Differentiable] loop")]
    public double GeneratedFromLoop() =>
        LineFit.MeanSquaredErrorGradient(Weight, Bias, features, targets, out WeightGradient, out BiasGradient);

    /// <summary>The hand-written scalar loop.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Description = "hand scalar")]
    public double HandScalar() => PerceptronScalar.Backward(Weight, Bias, features, targets, out WeightGradient, out BiasGradient);

    /// <summary>The hand-written <c>Vector&lt;double&gt;</c> loop, the baseline.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Baseline = true, Description = "hand Vector<double>")]
    public double HandVectorized() => PerceptronVectorized.Backward(Weight, Bias, features, targets, out WeightGradient, out BiasGradient);

    private double[] Result(double loss) => [loss, WeightGradient, BiasGradient];
}
