using System;
using System.Linq;
using Xunit;

namespace Perceptron.Gen.Tests.Numeric;

/// <summary>
/// Inner products on vector lanes against their exact gradients, at every length from empty to several vector steps
/// plus a tail, so that the vector part, the scalar tail and the range checks between them are all reached.
/// </summary>
public class InnerProductTests
{
    private static readonly Random Random = new(20261204);

    public static TheoryData<int> Lengths => new(Enumerable.Range(0, 20).Append(64).Append(67));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_dot_product_of_two_arrays_gives_each_the_other(int length)
    {
        var a = RandomArray(length);
        var b = RandomArray(length);
        var dA = new double[length];
        var dB = new double[length];

        var value = InnerProductOperations.DotGradient(a, b, dA, dB);

        AssertClose(InnerProductOperations.Dot(a, b), value, a.Zip(b, (x, y) => Math.Abs(x * y)).Sum());
        Assert.Equal(b, dA);
        Assert.Equal(a, dB);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(8, 2)]
    [InlineData(10, 3)]
    [InlineData(13, 1)]
    public void A_row_of_a_row_major_matrix_reads_its_offset(int width, int row)
    {
        var weights = RandomArray(width);
        var matrix = RandomArray(width * 4);
        var dWeights = new double[width];

        var value = InnerProductOperations.RowScoreGradient(weights, matrix, row, dWeights);

        var expectedRow = matrix.Skip(row * width).Take(width).ToArray();
        AssertClose(InnerProductOperations.RowScore(weights, matrix, row), value, 1);
        Assert.Equal(expectedRow, dWeights);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(33)]
    public void An_array_against_itself_shifted_gets_both_neighbours(int length)
    {
        var a = RandomArray(length);
        var dA = new double[length];

        InnerProductOperations.ShiftedProductsGradient(a, dA);

        for (var j = 0; j < length; j++)
        {
            var expected = (j > 0 ? a[j - 1] : 0) + (j < length - 1 ? a[j + 1] : 0);
            Assert.Equal(expected, dA[j], 1e-15);
        }
    }

    [Theory]
    [InlineData(12, 0)]
    [InlineData(12, 3)]
    [InlineData(12, 12)]
    [InlineData(12, 20)]
    public void A_loop_that_starts_late_leaves_the_first_elements_alone(int length, int first)
    {
        var a = RandomArray(length);
        var b = RandomArray(length);
        var dA = new double[length];
        var dB = new double[length];

        var value = InnerProductOperations.DotFromGradient(a, b, first, dA, dB);

        AssertClose(InnerProductOperations.DotFrom(a, b, first), value, length);
        Assert.Equal(b.Select((element, j) => j >= first ? element : 0).ToArray(), dA);
        Assert.Equal(a.Select((element, j) => j >= first ? element : 0).ToArray(), dB);
    }

    [Fact]
    public void An_index_past_the_end_fails_as_the_method_does()
    {
        var a = RandomArray(12);
        var shorter = RandomArray(11);

        Assert.Throws<IndexOutOfRangeException>(() => InnerProductOperations.Dot(a, shorter));
        Assert.Throws<IndexOutOfRangeException>(() => InnerProductOperations.DotGradient(a, shorter, new double[12], new double[11]));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(16)]
    [InlineData(21)]
    public void Float_inner_products_run_on_float_lanes(int length)
    {
        var a = RandomArray(length).Select(value => (float)value).ToArray();
        var b = RandomArray(length).Select(value => (float)value).ToArray();
        var dA = new float[length];
        var dB = new float[length];

        var value = InnerProductOperations.DotSingleGradient(a, b, dA, dB);

        Assert.Equal(InnerProductOperations.DotSingle(a, b), value, 1e-5f);
        Assert.Equal(b, dA);
        Assert.Equal(a, dB);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 9)]
    [InlineData(2, 16)]
    public void An_inner_product_inside_a_reversed_loop_is_recomputed_the_same(int rows, int width)
    {
        var weights = RandomArray(rows * width);
        var inputs = RandomArray(width);
        var dWeights = new double[weights.Length];

        var value = InnerProductOperations.ProductOfActivationsGradient(weights, inputs, rows, dWeights);

        AssertClose(InnerProductOperations.ProductOfActivations(weights, inputs, rows), value, 1);
        for (var index = 0; index < weights.Length; index++)
        {
            var step = 1e-6;
            var plus = (double[])weights.Clone();
            var minus = (double[])weights.Clone();
            plus[index] += step;
            minus[index] -= step;
            var central =
                (
                    InnerProductOperations.ProductOfActivations(plus, inputs, rows)
                    - InnerProductOperations.ProductOfActivations(minus, inputs, rows)
                ) / (2 * step);
            Assert.Equal(central, dWeights[index], 1e-8);
        }
    }

    /// <summary>Within a few roundings of the scalar loop's value: the lanes add the terms in another order.</summary>
    private static void AssertClose(double expected, double actual, double scale) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-14 * Math.Max(1, scale), $"expected {expected:R}, got {actual:R}");

    private static double[] RandomArray(int length) => Enumerable.Range(0, length).Select(_ => Random.NextDouble() * 2 - 1).ToArray();
}
