using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>Backward: the mean loss and its gradient in one fused pass over the samples.</summary>
internal static partial class ModelEmitter
{
    private static void WriteBackward(SourceWriter writer, PerSampleFunction sample)
    {
        var formulas = new Formulas(sample);
        var pair = sample.Pair;
        var gradient = ReverseMode.Differentiate(sample.Function, sample.Trainable, sample.Names);
        formulas.AddAdjoints(gradient, sample.Prediction);
        var lossSum = sample.Names.Unique("lossSum");
        var outNames = sample.Trainable.Select(parameter => sample.Names.Unique("d" + NameScope.ToPascalCase(parameter))).ToList();

        // Each per-sample derivative is c·term: the sum runs over term, and c/n is applied once after the loop.
        var split = gradient.Derivatives.Select(Build.SplitCoefficient).ToList();
        var sumNames = split
            .Select(
                (part, index) => part.Term is Constant ? null : sample.Names.Unique("sum" + NameScope.ToPascalCase(sample.Trainable[index]))
            )
            .ToList();
        var derivativeFormulas = split
            .Select((part, index) => formulas.Derivative(sample.Trainable[index], part.Coefficient, part.Term))
            .ToList();

        writer.Doc("<summary>");
        writer.Doc($"The mean loss {SourceWriter.EscapeXml(formulas.MeanLoss)} of <see cref=\"{formulas.ModelCref}\"/> under");
        writer.Doc(
            $"<see cref=\"{formulas.LossCref}\"/>, and its gradient with respect to each model parameter, in one pass over the samples."
        );
        writer.Doc("</summary>");
        writer.Doc("<remarks>");
        writer.Doc($"<para>{SourceWriter.EscapeXml(formulas.Prediction)}</para>");
        foreach (var formula in derivativeFormulas)
        {
            writer.Doc($"<para>{SourceWriter.EscapeXml(formula)}</para>");
        }

        var body = ForwardPassStatements(sample).ToList();
        body.Add(new Statement(StatementKind.Accumulate, lossSum, sample.LossValue));
        body.AddRange(BackwardSteps(sample, gradient, split, sumNames, formulas));
        body = CommonSubexpressions.Eliminate(body, sample.Names);
        var vectorized = pair.CanVectorize && VectorLoop.CanVectorize(body);
        writer.Doc(
            vectorized
                ? "<para>The loop runs over <c>Vector&lt;double&gt;</c> lanes, two vectors per step with separate sums, and finishes the last samples one by one.</para>"
            : pair.CanVectorize
                ? "<para>A scalar loop: some step of the per-sample computation (a function call or a branch) has no vector form here.</para>"
            : "<para>A scalar loop: the target framework has no <c>Vector.LoadUnsafe</c> (it came with .NET 8).</para>"
        );
        writer.Doc(SummationNote);
        writer.Doc("</remarks>");
        writer.Doc("<returns>The mean loss L, computed in the same pass.</returns>");
        WriteExceptionDoc(writer, sample);
        WriteNonFiniteDoc(writer);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        var parameters = ModelParameters(sample)
            .Append($"{ReadOnlySpan} {sample.Targets}")
            .Concat(outNames.Select(name => $"out double {name}"));
        writer.Open($"{pair.Accessibility} static double Backward({string.Join(", ", parameters)})");
        WriteTargetChecks(writer, sample, "Backward");
        var sums = ChunkedSums(
            sample,
            sumNames
                .Select((sum, index) => (sum, index))
                .Where(named => named.sum is not null)
                .Select(named => (named.sum!, sample.Names.Unique("total" + NameScope.ToPascalCase(sample.Trainable[named.index]))))
                .Prepend((lossSum, sample.Names.Unique("totalLoss")))
        );
        var totals = sums.ToDictionary(sum => sum.Chunk, sum => sum.Total);
        var addCompensated = sample.Names.Unique("AddCompensated");
        var vectorLoop = vectorized ? VectorLoop.WriteSetup(writer, sample, body) : null;
        WriteChunkedLoop(writer, sample, sums, addCompensated, chunkEnd =>
        {
            if (vectorLoop is not null)
            {
                vectorLoop.Write(writer, body, sums.Select(sum => sum.Chunk).ToList(), chunkEnd);
                writer.BlankLine();
                writer.Line("// The samples left over, one at a time.");
            }

            writer.Open($"for (; {sample.Index} < {chunkEnd}; {sample.Index}++)");
            WriteLoopBody(writer, sample, body, formulas);
            writer.Close();
        });

        WriteNonFiniteCheck(writer, sample, "Backward", sums.Select(sum => sum.Total));
        for (var index = 0; index < outNames.Count; index++)
        {
            var total = sumNames[index] is { } sum ? totals[sum] : null;
            writer.Line($"// {derivativeFormulas[index]}");
            writer.Line($"{outNames[index]} = {MeanOf(split[index].Coefficient, split[index].Term, total, sample.Count)};");
        }

        writer.Line($"return {totals[lossSum]} / {sample.Count};");
        WriteCompensatedAddition(writer, sample, addCompensated);
        writer.Close();
    }

    /// <summary>One sample's backward pass: the named adjoints, then each parameter's share of its sum.</summary>
    private static IEnumerable<Statement> BackwardSteps(
        PerSampleFunction sample,
        GradientProgram gradient,
        IReadOnlyList<(double Coefficient, Expr Term)> split,
        IReadOnlyList<string?> sumNames,
        Formulas formulas
    )
    {
        foreach (var adjoint in gradient.Adjoints)
        {
            yield return new Statement(StatementKind.Declare, adjoint.Name, adjoint.Value, IsBackward: true);
        }

        for (var index = 0; index < split.Count; index++)
        {
            if (sumNames[index] is not { } sum)
            {
                continue;
            }

            var (coefficient, term) = split[index];
            var factorNote =
                coefficient == 1
                    ? string.Empty
                    : $"; the factor {NumberFormat.Plain(coefficient).Replace("-", "−")} is applied after the loop";
            var comment = $"∂ℓᵢ/∂{sample.Trainable[index]} = {formulas.Math(gradient.Derivatives[index])}{factorNote}";
            yield return new Statement(StatementKind.Accumulate, sum, term, comment, IsBackward: true);
        }
    }

    /// <summary>Writes the loop body with a heading over each pass.</summary>
    private static void WriteLoopBody(SourceWriter writer, PerSampleFunction sample, IReadOnlyList<Statement> body, Formulas formulas)
    {
        writer.Line($"// Forward pass for sample i: {formulas.Prediction}.");
        var inBackwardPass = false;
        foreach (var statement in body)
        {
            if (statement.IsBackward && !inBackwardPass)
            {
                writer.BlankLine();
                writer.Line("// Backward pass for sample i, by the chain rule from the loss ℓᵢ back to each parameter.");
                if (formulas.PredictionAdjoint is { } predictionAdjoint)
                {
                    writer.Line($"// ∂ℓᵢ/∂ŷᵢ = {predictionAdjoint}");
                }

                inBackwardPass = true;
            }

            statement.Write(writer, sample.Code);
        }
    }

    /// <summary>The mean of c·term over the samples: c·Σ term / n, or c itself when term is the constant 1.</summary>
    private static string MeanOf(double coefficient, Expr term, string? sum, string count)
    {
        if (sum is null)
        {
            var constant = ((Constant)term).Value * coefficient;
            return NumberFormat.CSharpLiteral(constant);
        }

        return coefficient switch
        {
            1 => $"{sum} / {count}",
            -1 => $"-{sum} / {count}",
            _ => $"{NumberFormat.CSharpLiteral(coefficient)} / {count} * {sum}",
        };
    }
}
