using System.Collections.Generic;
using System.Linq;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// How the sums over samples stay accurate at any n. A plain running sum of n terms can be off by about n rounding errors
/// of the total (a data set of 10⁷ near-equal terms loses five digits), so the sample loop runs in chunks: inside a chunk
/// the sums are plain additions, at most <see cref="ChunkLength"/> of them (split further over vector lanes); each chunk's
/// sum is then added to the total with Neumaier's compensated addition, which keeps the rounding error of that addition
/// and adds it back at the end. The error is then bounded by about ChunkLength rounding errors of Σ|terms| whatever n is,
/// for one compensated addition per chunk, which costs nothing measurable.
/// </summary>
internal static partial class ModelEmitter
{
    /// <summary>Samples per chunk: a multiple of every vector width's step, so only the last chunk has a scalar tail.</summary>
    private const int ChunkLength = 4096;

    private static readonly string SummationNote =
        $"<para>Sums over the samples are plain within chunks of {ChunkLength} and compensated (Neumaier) across them, so they stay accurate to about {ChunkLength} rounding errors of Σ|terms| at any n.</para>";

    /// <summary>A sum over the samples: the chunk's plain sum the loop body adds to, and the compensated total of the chunks.</summary>
    private sealed record ChunkedSum(string Chunk, string Total, string RoundOff);

    private static List<ChunkedSum> ChunkedSums(PerSampleFunction sample, IEnumerable<(string Chunk, string Total)> names) =>
        names.Select(name => new ChunkedSum(name.Chunk, name.Total, sample.Names.Unique(name.Total + "RoundOff"))).ToList();

    /// <summary>
    /// Writes the totals, then the loop over chunks: the chunk's sums start at zero, <paramref name="writeSampleLoops"/>
    /// writes the loops over samples <c>[i, chunkEnd)</c> (given <c>i</c> and <c>chunkEnd</c>) that add to them, and each
    /// chunk sum goes into its total by <paramref name="addCompensated"/>. After the loop every total holds its sum.
    /// </summary>
    private static void WriteChunkedLoop(
        SourceWriter writer,
        PerSampleFunction sample,
        IReadOnlyList<ChunkedSum> sums,
        string addCompensated,
        System.Action<string> writeSampleLoops
    )
    {
        foreach (var sum in sums)
        {
            writer.Line($"double {sum.Total} = 0.0;");
            writer.Line($"double {sum.RoundOff} = 0.0;");
        }

        writer.BlankLine();
        var chunkStart = sample.Names.Unique("chunkStart");
        var chunkEnd = sample.Names.Unique("chunkEnd");
        writer.Line(
            $"// {ChunkLength} samples at a time: plain sums inside a chunk, compensated sums across chunks, so long sums stay accurate."
        );
        writer.Open($"for (int {chunkStart} = 0; {chunkStart} < {sample.Count}; {chunkStart} += {ChunkLength})");
        writer.Line($"int {chunkEnd} = {sample.Count} - {chunkStart} > {ChunkLength} ? {chunkStart} + {ChunkLength} : {sample.Count};");
        foreach (var sum in sums)
        {
            writer.Line($"double {sum.Chunk} = 0.0;");
        }

        writer.Line($"int {sample.Index} = {chunkStart};");
        writeSampleLoops(chunkEnd);
        writer.BlankLine();
        foreach (var sum in sums)
        {
            writer.Line($"{addCompensated}(ref {sum.Total}, ref {sum.RoundOff}, {sum.Chunk});");
        }

        writer.Close();
        writer.BlankLine();
        foreach (var sum in sums)
        {
            writer.Line($"{sum.Total} += {sum.RoundOff};");
        }

        writer.BlankLine();
    }

    /// <summary>Writes the local function that adds a value to a total and keeps the rounding error of the addition.</summary>
    private static void WriteCompensatedAddition(SourceWriter writer, PerSampleFunction sample, string name)
    {
        var total = sample.Names.Unique("total");
        var roundOff = sample.Names.Unique("roundOff");
        var value = sample.Names.Unique("value");
        var rounded = sample.Names.Unique("rounded");
        writer.BlankLine();
        writer.Line(
            "// Neumaier's compensated addition: what total + value loses to rounding is recovered exactly from the smaller operand."
        );
        writer.Open($"static void {name}(ref double {total}, ref double {roundOff}, double {value})");
        writer.Line($"double {rounded} = {total} + {value};");
        writer.Line(
            $"{roundOff} += global::System.Math.Abs({total}) >= global::System.Math.Abs({value}) ? {total} - {rounded} + {value} : {value} - {rounded} + {total};"
        );
        writer.Line($"{total} = {rounded};");
        writer.Close();
    }
}
