using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Perceptron.Gen.Benchmarks.Checking;
using Perceptron.Gen.Benchmarks.Data;
using Perceptron.Gen.Benchmarks.HandWritten;
using Perceptron.Gen.Benchmarks.Models;

namespace Perceptron.Gen.Benchmarks.Gradients;

/// <summary>
/// Loss and gradient of the k-feature linear model under the mean squared error, features row-major: the generated
/// <c>MeanSquaredErrorGradient</c> against a hand-written scalar loop and the hand-written <c>Vector&lt;double&gt;</c> baseline.
/// </summary>
[MemoryDiagnoser]
public class LinearModelGradientBenchmarks
{
    private const double Bias = 0.25;

    private double[] weights = [];
    private double[] features = [];
    private double[] targets = [];
    private double[] weightGradient = [];

    /// <summary>The sample counts timed.</summary>
    public static IEnumerable<int> SampleCounts => [1_000, 100_000];

    /// <summary>n, the number of samples.</summary>
    [ParamsSource(nameof(SampleCounts))]
    public int SampleCount { get; set; }

    /// <summary>k, the number of features.</summary>
    [Params(8)]
    public int FeatureCount { get; set; } = 8;

    /// <summary>The last ∂L/∂b, kept so that no implementation's work can be discarded as unused.</summary>
    public double BiasGradient;

    /// <summary>What the agreement check found, for the start-up report.</summary>
    public string AgreementReport { get; private set; } = "";

    /// <summary>Builds the data and checks that the three implementations agree before any is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (features, double[] trueWeights) = SyntheticData.Features(SampleCount, FeatureCount);
        targets = SyntheticData.LinearTargets(features, trueWeights);
        weights = SyntheticData.EvaluationWeights(FeatureCount);
        weightGradient = new double[FeatureCount];

        var baseline = Result(HandVectorized());
        double generated = AgreementCheck.Require($"generated linear gradient, n = {SampleCount}", baseline, Result(Generated()));
        double scalar = AgreementCheck.Require($"hand-written scalar linear, n = {SampleCount}", baseline, Result(HandScalar()));
        AgreementReport = $"linear k = {FeatureCount}, n = {SampleCount}: generated {generated:E1}, scalar {scalar:E1}";
    }

    /// <summary>The generated <c>MeanSquaredErrorGradient</c>.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Description = "generated MeanSquaredErrorGradient")]
    public double Generated() =>
        FeatureLinearModel.MeanSquaredErrorGradient(weights, Bias, features, targets, weightGradient, out BiasGradient);

    /// <summary>The hand-written scalar loop.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Description = "hand scalar")]
    public double HandScalar() => LinearScalar.MeanSquaredErrorGradient(weights, Bias, features, targets, weightGradient, out BiasGradient);

    /// <summary>The hand-written <c>Vector&lt;double&gt;</c> loop, the baseline.</summary>
    /// <returns>The mean loss.</returns>
    [Benchmark(Baseline = true, Description = "hand Vector<double>")]
    public double HandVectorized() =>
        LinearVectorized.MeanSquaredErrorGradient(weights, Bias, features, targets, weightGradient, out BiasGradient);

    private double[] Result(double loss) => [loss, .. weightGradient, BiasGradient];
}
