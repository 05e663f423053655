using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Emits <c>Forward</c>, <c>Loss</c> and <c>Backward</c> for a model and its loss over spans of samples. Backward is one
/// fused pass: each sample adds its share to one running sum per parameter, and the constant factor of every sum is
/// applied once, after the loop.
/// </summary>
internal static partial class ModelEmitter
{
    /// <summary>Locals at most this large are written out inside formulas in comments.</summary>
    private const int FormulaInlineSizeLimit = 9;

    private const string ReadOnlySpan = "global::System.ReadOnlySpan<double>";
    private const string Span = "global::System.Span<double>";

    public static string HintName(ModelAndLoss pair) => $"{pair.Type.HintPrefix}.{pair.ModelName}.Model.g.cs";

    public static string Emit(ModelAndLoss pair)
    {
        // Each method gets its own scope of names, so a name one of them takes does not rename the others' locals.
        return GeneratedFile.Write(pair.Type, $"{pair.Type.InnermostName}.{pair.ModelName} and {pair.LossName}", writer =>
        {
            WriteForward(writer, PerSampleFunction.Create(pair));
            writer.BlankLine();
            WriteLoss(writer, PerSampleFunction.Create(pair));
            writer.BlankLine();
            WriteBackward(writer, PerSampleFunction.Create(pair));
        });
    }

    private static void WriteForward(SourceWriter writer, PerSampleFunction sample)
    {
        var formulas = new Formulas(sample);
        var pair = sample.Pair;
        var predictions = sample.Names.Unique("predictions");
        writer.Doc("<summary>");
        writer.Doc(
            $"The prediction of <see cref=\"{formulas.ModelCref}\"/> for every sample: {SourceWriter.EscapeXml(formulas.Prediction)}."
        );
        writer.Doc("</summary>");
        writer.Doc(
            $"<exception cref=\"System.ArgumentException\">A data column's length differs from <paramref name=\"{predictions}\"/>'s.</exception>"
        );
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        var parameters = ModelParameters(sample).Append($"{Span} {predictions}");
        writer.Open($"{pair.Accessibility} static void Forward({string.Join(", ", parameters)})");
        writer.Line($"int {sample.Count} = {predictions}.Length;");
        WriteColumnChecks(writer, sample, "Forward", predictions);
        writer.Open($"for (int {sample.Index} = 0; {sample.Index} < {sample.Count}; {sample.Index}++)");
        WriteLocals(writer, sample, sample.ModelLocals);
        writer.Line($"{predictions}[{sample.Index}] = {CSharpExpressionPrinter.Print(sample.PredictionValue, sample.Code)};");
        writer.Close();
        writer.Close();
    }

    private static void WriteLoss(SourceWriter writer, PerSampleFunction sample)
    {
        var formulas = new Formulas(sample);
        var pair = sample.Pair;
        var lossSum = sample.Names.Unique("lossSum");
        writer.Doc("<summary>");
        writer.Doc($"The mean of <see cref=\"{formulas.LossCref}\"/> over the samples: {SourceWriter.EscapeXml(formulas.MeanLoss)},");
        writer.Doc($"where {SourceWriter.EscapeXml(formulas.Prediction)}.");
        writer.Doc("</summary>");
        writer.Doc($"<remarks>{SummationNote}</remarks>");
        WriteExceptionDoc(writer, sample);
        WriteNonFiniteDoc(writer, "the sum of the losses");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        var parameters = ModelParameters(sample).Append($"{ReadOnlySpan} {sample.Targets}");
        writer.Open($"{pair.Accessibility} static double Loss({string.Join(", ", parameters)})");
        WriteTargetChecks(writer, sample, "Loss");
        var sums = ChunkedSums(sample, new[] { (lossSum, sample.Names.Unique("totalLoss")) });
        var addCompensated = sample.Names.Unique("AddCompensated");
        var body = ForwardPassStatements(sample).Append(new Statement(StatementKind.Accumulate, lossSum, sample.LossValue));
        WriteChunkedLoop(writer, sample, sums, addCompensated, chunkEnd =>
        {
            writer.Open($"for (; {sample.Index} < {chunkEnd}; {sample.Index}++)");
            foreach (var statement in CommonSubexpressions.Eliminate(body.ToList(), sample.Names))
            {
                statement.Write(writer, sample.Code);
            }

            writer.Close();
        });
        WriteNonFiniteCheck(writer, sample, "Loss", sums.Select(sum => sum.Total));
        writer.Line($"return {sums[0].Total} / {sample.Count};");
        WriteCompensatedAddition(writer, sample, addCompensated);
        writer.Close();
    }

    /// <summary>The model's trainable parameters as doubles, then its data columns as spans.</summary>
    private static IEnumerable<string> ModelParameters(PerSampleFunction sample) =>
        sample.Pair.ModelParameters.Select(parameter =>
            $"{(parameter.IsDifferentiated ? "double" : ReadOnlySpan)} {Identifiers.Escape(parameter.Name)}"
        );

    /// <summary>One sample's forward pass: the model's locals, the prediction, then the loss's locals.</summary>
    private static IEnumerable<Statement> ForwardPassStatements(PerSampleFunction sample) =>
        sample.Function.Locals.Select(local => new Statement(StatementKind.Declare, local.Name, local.Value, Guard: local.Guard));

    private static void WriteLocals(SourceWriter writer, PerSampleFunction sample, IEnumerable<Assignment> locals)
    {
        foreach (var local in locals)
        {
            writer.Line($"double {local.Name} = {CSharpExpressionPrinter.Print(local.Value, sample.Code)};");
        }
    }

    private static void WriteNonFiniteDoc(SourceWriter writer, string overflowing = "the loss or a gradient sum")
    {
        writer.Doc(
            "<exception cref=\"System.ArgumentException\">A parameter or a sample is NaN or infinite; the message names the first one.</exception>"
        );
        writer.Doc($"<exception cref=\"System.OverflowException\">Every input is finite but {overflowing} overflowed.</exception>");
    }

    private static void WriteExceptionDoc(SourceWriter writer, PerSampleFunction sample) =>
        writer.Doc(
            $"<exception cref=\"System.ArgumentException\"><paramref name=\"{sample.Targets}\"/> is empty, or a data column's length differs from its length.</exception>"
        );

    /// <summary>Sets the sample count from the targets and checks the data set is not empty and every column matches.</summary>
    private static void WriteTargetChecks(SourceWriter writer, PerSampleFunction sample, string methodName)
    {
        writer.Line($"int {sample.Count} = {sample.Targets}.Length;");
        writer.Open($"if ({sample.Count} == 0)");
        writer.Line(
            $"throw new global::System.ArgumentException(\"{methodName} needs at least one sample, but '{sample.Targets}' is empty.\", nameof({sample.Targets}));"
        );
        writer.Close();
        WriteColumnChecks(writer, sample, methodName, sample.Targets);
    }

    private static void WriteColumnChecks(SourceWriter writer, PerSampleFunction sample, string methodName, string reference)
    {
        foreach (var column in sample.Columns)
        {
            writer.BlankLine();
            writer.Open($"if ({column}.Length != {sample.Count})");
            writer.Line(
                $"throw new global::System.ArgumentException($\"{methodName} needs one value per sample: '{column}' has {{{column}.Length}} but '{reference}' has {{{sample.Count}}}.\", nameof({column}));"
            );
            writer.Close();
        }

        writer.BlankLine();
    }
}
