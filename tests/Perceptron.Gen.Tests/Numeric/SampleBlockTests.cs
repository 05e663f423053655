using System;
using System.Linq;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Loops over samples in blocks against exact gradients and against the same method's one-sample-at-a-time path, at
/// lengths that reach every part of a block (the lanes, a block's last samples, a second and a partial block) and
/// feature counts that are and are not a multiple of the vector width.
/// </summary>
public class SampleBlockTests
{
    private static readonly int[] SampleCounts = [.. Enumerable.Range(0, 20), 255, 256, 257, 1000, 1003];

    public static TheoryData<int, int> Shapes
    {
        get
        {
            var shapes = new TheoryData<int, int>();
            foreach (var featureCount in new[] { 1, 3, 4, 8, 13 })
            {
                foreach (var samples in SampleCounts)
                {
                    shapes.Add(samples, featureCount);
                }
            }

            return shapes;
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_mean_squared_error_of_a_linear_model_gives_the_normal_equations_gradient(int samples, int featureCount)
    {
        var random = new Random(samples * 31 + featureCount);
        var (weights, bias, features, targets) = Data(random, samples, featureCount, label: false);
        var dWeights = new double[featureCount];

        var value = SampleBlockOperations.MeanSquaredErrorGradient(weights, bias, features, targets, dWeights, out var dBias);

        if (samples == 0)
        {
            Assert.True(double.IsNaN(value), "0/0, as the method itself returns");
            return;
        }

        var errors = Enumerable.Range(0, samples).Select(i => Score(weights, bias, features, i) - targets[i]).ToArray();
        var scale = (errors.Sum(error => error * error) + 1) / samples;
        AssertClose(SampleBlockOperations.MeanSquaredError(weights, bias, features, targets), value, scale);
        for (int j = 0; j < featureCount; j++)
        {
            AssertClose(2.0 / samples * errors.Select((error, i) => error * features[i * featureCount + j]).Sum(), dWeights[j], scale);
        }

        AssertClose(2.0 / samples * errors.Sum(), dBias, scale);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_cross_entropy_of_a_logistic_model_gives_the_mean_of_probability_minus_label(int samples, int featureCount)
    {
        var random = new Random(samples * 37 + featureCount);
        var (weights, bias, features, labels) = Data(random, samples, featureCount, label: true);
        var dWeights = new double[featureCount];

        var value = SampleBlockOperations.MeanCrossEntropyGradient(weights, bias, features, labels, dWeights, out var dBias);

        if (samples == 0)
        {
            Assert.True(double.IsNaN(value), "0/0, as the method itself returns");
            return;
        }

        var residuals = Enumerable
            .Range(0, samples)
            .Select(i => 1 / (1 + Math.Exp(-Score(weights, bias, features, i))) - labels[i])
            .ToArray();
        AssertClose(SampleBlockOperations.MeanCrossEntropy(weights, bias, features, labels), value, 1);
        for (int j = 0; j < featureCount; j++)
        {
            AssertClose(residuals.Select((residual, i) => residual * features[i * featureCount + j]).Sum() / samples, dWeights[j], 1);
        }

        AssertClose(residuals.Sum() / samples, dBias, 1);
    }

    [Theory]
    [InlineData(9, 4)]
    [InlineData(300, 5)]
    [InlineData(1003, 8)]
    public void An_integer_bound_and_values_computed_before_the_loop_reach_the_first_step(int samples, int featureCount)
    {
        var random = new Random(samples * 41 + featureCount);
        var (weights, bias, features, targets) = Data(random, samples, featureCount, label: false);
        const double scale = 1.5;
        var dWeights = new double[featureCount];

        var value = SampleBlockOperations.ShiftedSquaredErrorGradient(
            weights,
            bias,
            features,
            targets,
            featureCount,
            scale,
            dWeights,
            out var dBias
        );

        var errors = Enumerable.Range(0, samples).Select(i => Score(weights, bias * scale + 1, features, i) - targets[i]).ToArray();
        var scale2 = errors.Sum(error => error * error) + 1;
        AssertClose(SampleBlockOperations.ShiftedSquaredError(weights, bias, features, targets, featureCount, scale), value, scale2);
        for (int j = 0; j < featureCount; j++)
        {
            AssertClose(2 * errors.Select((error, i) => error * features[i * featureCount + j]).Sum(), dWeights[j], scale2);
        }

        AssertClose(2 * scale * errors.Sum(), dBias, scale2);
    }

    [Theory]
    [InlineData(17, 3)]
    [InlineData(256, 8)]
    [InlineData(1003, 5)]
    public void A_branch_and_a_square_root_on_lanes_agree_with_the_one_sample_path(int samples, int featureCount)
    {
        var random = new Random(samples + featureCount);
        var (weights, bias, features, labels) = Data(random, samples, featureCount, label: true);
        var signs = labels.Select(label => 2 * label - 1).ToArray();

        var (value, dWeights, dBias) = HingeGradient(weights.ToArray(), bias, features, signs);
        var (expectedValue, expectedWeights, expectedBias) = SampleBySample(weights.ToArray(), bias, features, signs);

        AssertClose(expectedValue, value, samples);
        for (int j = 0; j < featureCount; j++)
        {
            AssertClose(expectedWeights[j], dWeights[j], samples);
        }

        AssertClose(expectedBias, dBias, samples);
    }

    [Fact]
    public void A_label_that_is_not_a_number_takes_the_branch_it_takes_one_sample_at_a_time()
    {
        var random = new Random(5);
        var (weights, bias, features, labels) = Data(random, 300, 4, label: true);
        var signs = labels.Select(label => 2 * label - 1).ToArray();
        // Sample 260, in the second block, has a NaN label: its margin is NaN, `margin > 0` fails on its lane as in scalar
        // code, and the hinge drops it; the value and the gradient stay finite and agree with the one-sample path.
        signs[260] = double.NaN;

        var (value, dWeights, dBias) = HingeGradient(weights.ToArray(), bias, features, signs);
        var (expectedValue, expectedWeights, expectedBias) = SampleBySample(weights.ToArray(), bias, features, signs);

        Assert.True(double.IsFinite(expectedValue) && double.IsFinite(expectedBias), "the one-sample path drops the sample");
        AssertClose(expectedValue, value, 300);
        for (int j = 0; j < 4; j++)
        {
            AssertClose(expectedWeights[j], dWeights[j], 300);
        }

        AssertClose(expectedBias, dBias, 300);
    }

    [Fact]
    public void A_prediction_that_reads_the_running_sum_keeps_its_gradient()
    {
        var random = new Random(11);
        var (weights, bias, features, targets) = Data(random, 300, 4, label: false);
        var dWeights = new double[4];

        SampleBlockOperations.RunningSumFeedbackGradient(weights, bias, features, targets, dWeights, out var dBias);

        double Loss(double[] w, double b) => SampleBlockOperations.RunningSumFeedback(w, b, features, targets);
        const double step = 1e-6;
        for (int j = 0; j < 4; j++)
        {
            var up = weights.ToArray();
            var down = weights.ToArray();
            up[j] += step;
            down[j] -= step;
            var expected = (Loss(up, bias) - Loss(down, bias)) / (2 * step);
            Assert.True(
                Math.Abs(expected - dWeights[j]) <= 1e-5 * Math.Max(1, Math.Abs(expected)),
                $"dW[{j}]: {expected} vs {dWeights[j]}"
            );
        }

        var expectedBias = (Loss(weights, bias + step) - Loss(weights, bias - step)) / (2 * step);
        Assert.True(Math.Abs(expectedBias - dBias) <= 1e-5 * Math.Max(1, Math.Abs(expectedBias)), $"dB: {expectedBias} vs {dBias}");
    }

    [Theory]
    [InlineData(20, 3)]
    [InlineData(600, 4)]
    [InlineData(1000, 13)]
    public void Features_shorter_than_the_samples_need_fail_as_the_method_does(int samples, int featureCount)
    {
        var random = new Random(samples);
        var (weights, bias, features, targets) = Data(random, samples, featureCount, label: false);
        var shortFeatures = features[..^1];
        var dWeights = new double[featureCount];

        Assert.Throws<IndexOutOfRangeException>(() => SampleBlockOperations.MeanSquaredError(weights, bias, shortFeatures, targets));
        Assert.Throws<IndexOutOfRangeException>(() =>
            SampleBlockOperations.MeanSquaredErrorGradient(weights, bias, shortFeatures, targets, dWeights, out _)
        );
    }

    private static (double Value, double[] DWeights, double DBias) HingeGradient(
        double[] weights,
        double bias,
        double[] features,
        double[] signs
    )
    {
        var dWeights = new double[weights.Length];
        var value = SampleBlockOperations.HingeGradient(weights, bias, features, signs, dWeights, out var dBias);
        return (value, dWeights, dBias);
    }

    /// <summary>The sum of each sample's gradient alone: a single sample is too few for lanes, so each runs the scalar path.</summary>
    private static (double Value, double[] DWeights, double DBias) SampleBySample(
        double[] weights,
        double bias,
        double[] features,
        double[] signs
    )
    {
        int k = weights.Length;
        double value = 0;
        double dBias = 0;
        var dWeights = new double[k];
        for (int i = 0; i < signs.Length; i++)
        {
            var (sampleValue, sampleWeights, sampleBias) = HingeGradient(weights, bias, features[(i * k)..((i + 1) * k)], [signs[i]]);
            value += sampleValue;
            dBias += sampleBias;
            for (int j = 0; j < k; j++)
            {
                dWeights[j] += sampleWeights[j];
            }
        }

        return (value, dWeights, dBias);
    }

    private static double Score(double[] weights, double bias, double[] features, int sample) =>
        bias + weights.Select((weight, j) => weight * features[sample * weights.Length + j]).Sum();

    private static (double[] Weights, double Bias, double[] Features, double[] Targets) Data(
        Random random,
        int samples,
        int featureCount,
        bool label
    )
    {
        double Uniform() => random.NextDouble() * 2 - 1;
        var weights = Enumerable.Range(0, featureCount).Select(_ => Uniform()).ToArray();
        var features = Enumerable.Range(0, samples * featureCount).Select(_ => 2 * Uniform()).ToArray();
        var targets = Enumerable.Range(0, samples).Select(_ => label ? (random.NextDouble() < 0.5 ? 0.0 : 1.0) : Uniform()).ToArray();
        return (weights, Uniform(), features, targets);
    }

    /// <summary>Within a few roundings of the scale: the blocks add the samples and features in another order.</summary>
    private static void AssertClose(double expected, double actual, double scale) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, scale), $"expected {expected:R}, got {actual:R}");
}
