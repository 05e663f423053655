using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The formulas of a model and its loss in math notation, for doc comments and the comment beside each step:
/// small locals written out, so a reader sees <c>∂L/∂w = 2/n · Σᵢ (ŷᵢ − yᵢ)·xᵢ</c>.
/// </summary>
internal sealed class Formulas
{
    private const int InlineSizeLimit = 9;
    private readonly PerSampleFunction sample;
    private readonly Dictionary<string, Expr> definitions;

    public Formulas(PerSampleFunction sample)
    {
        this.sample = sample;
        var locals = sample.Function.Locals.Where(local => local.Name != sample.Prediction).Select(local => (local.Name, local.Value));
        definitions = ExprRewriter.InlinableDefinitions(locals, InlineSizeLimit);
        var pair = sample.Pair;
        ModelCref = $"{pair.ModelName}({string.Join(", ", pair.ModelParameters.Select(_ => "double"))})";
        LossCref = $"{pair.LossName}(double, double)";
        Prediction = $"ŷᵢ = {Math(sample.PredictionValue)}";
        MeanLoss = $"L = 1/n · Σᵢ {Summand(sample.LossValue)}";
    }

    public string ModelCref { get; }

    public string LossCref { get; }

    /// <summary><c>ŷᵢ = w·xᵢ + b</c>.</summary>
    public string Prediction { get; }

    /// <summary><c>L = 1/n · Σᵢ (ŷᵢ − yᵢ)²</c>.</summary>
    public string MeanLoss { get; }

    /// <summary><c>2·(ŷᵢ − yᵢ)</c>: the derivative of the sample's loss with respect to the prediction, once known.</summary>
    public string? PredictionAdjoint { get; private set; }

    /// <summary>Makes the backward sweep's named adjoints available for writing out in formulas.</summary>
    public void AddAdjoints(GradientProgram gradient, string prediction)
    {
        var predictionAdjoint = gradient.LocalAdjoints.FirstOrDefault(adjoint => adjoint.Local == prediction);
        PredictionAdjoint = predictionAdjoint is null ? null : Math(predictionAdjoint.Adjoint);

        foreach (var adjoint in gradient.Adjoints)
        {
            var inlined = ExprRewriter.Inline(adjoint.Value, definitions);
            if (inlined.Size <= InlineSizeLimit)
            {
                definitions[adjoint.Name] = inlined;
            }
        }
    }

    public string Math(Expr expression) => MathNotationPrinter.Print(ExprRewriter.Inline(expression, definitions), sample.MathText);

    /// <summary><c>∂L/∂w = 2/n · Σᵢ (ŷᵢ − yᵢ)·xᵢ</c> for a per-sample derivative c·term.</summary>
    public string Derivative(string parameter, double coefficient, Expr term)
    {
        var left = $"∂L/∂{parameter}";
        if (term is Constant constant)
        {
            return $"{left} = {NumberFormat.Plain(coefficient * constant.Value).Replace("-", "−")}";
        }

        var factor = coefficient switch
        {
            1 => "1/n",
            -1 => "−1/n",
            _ => $"{NumberFormat.Plain(coefficient).Replace("-", "−")}/n",
        };
        return $"{left} = {factor} · Σᵢ {Summand(term)}";
    }

    /// <summary>A term under Σ: parenthesised when it is a sum, so the Σ clearly covers all of it.</summary>
    private string Summand(Expr term)
    {
        var text = Math(term);
        return Precedence.Of(ExprRewriter.Inline(term, definitions)) == Precedence.Additive ? $"({text})" : text;
    }
}
