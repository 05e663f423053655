using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Perceptron.Gen.Benchmarks.Configuration;

/// <summary>
/// A time divided by the benchmark's <c>SampleCount</c> parameter: the unit the field's reference numbers are in
/// (docs/performance.md), and the one that compares across sample counts. Two instances: the mean, and the best iteration,
/// which is how the field's numbers were taken and which other processes on a shared machine disturb least.
/// </summary>
public sealed class NanosecondsPerSampleColumn : IColumn
{
    /// <summary>The name of the parameter that holds n; tables without it have no such column.</summary>
    public const string SampleCountParameter = "SampleCount";

    private readonly bool best;

    private NanosecondsPerSampleColumn(bool best)
    {
        this.best = best;
    }

    /// <summary>The mean time per sample.</summary>
    public static NanosecondsPerSampleColumn Mean { get; } = new(best: false);

    /// <summary>The best (fastest) iteration's time per sample.</summary>
    public static NanosecondsPerSampleColumn Best { get; } = new(best: true);

    /// <inheritdoc/>
    public string Id => nameof(NanosecondsPerSampleColumn) + (best ? ".Best" : ".Mean");

    /// <inheritdoc/>
    public string ColumnName => best ? "best ns/sample" : "ns/sample";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Statistics;

    /// <inheritdoc/>
    public int PriorityInCategory => best ? 101 : 100;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => $"{(best ? "Fastest iteration's" : "Mean")} time divided by the number of samples n, in nanoseconds";

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(benchmarkCase => benchmarkCase.Parameters.Items.Any(item => item.Name == SampleCountParameter));

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || benchmarkCase.Parameters[SampleCountParameter] is not int sampleCount || sampleCount == 0)
        {
            return "-";
        }

        return ((best ? statistics.Min : statistics.Mean) / sampleCount).ToString("0.000", CultureInfo.InvariantCulture);
    }
}
