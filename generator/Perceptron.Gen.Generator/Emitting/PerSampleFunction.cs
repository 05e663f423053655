using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The model and its loss joined into one function of a single sample, with every name made unique in the generated
/// method: the model's locals, the prediction ŷ (named after the loss's first parameter), then the loss's locals.
/// </summary>
internal sealed class PerSampleFunction
{
    private PerSampleFunction(ModelAndLoss pair)
    {
        Pair = pair;
        Trainable = pair.ModelParameters.Where(parameter => parameter.IsDifferentiated).Select(parameter => parameter.Name).ToList();
        Columns = pair.ModelParameters.Where(parameter => !parameter.IsDifferentiated).Select(parameter => parameter.Name).ToList();
        Names = new NameScope(pair.ModelParameters.Select(parameter => parameter.Name));
        Targets = Names.Unique(pair.TargetName);
        Index = Names.Unique("i");
        Count = Names.Unique("n");

        var modelNames = new Dictionary<string, string>();
        var modelLocals = Renamed(pair.Model.Locals, modelNames);
        Prediction = Names.Unique(pair.PredictionName);
        PredictionValue = ExprRewriter.Rename(pair.Model.Result, modelNames);

        var lossNames = new Dictionary<string, string> { [pair.PredictionName] = Prediction, [pair.TargetName] = Targets };
        var lossLocals = Renamed(pair.Loss.Locals, lossNames);
        LossValue = ExprRewriter.Rename(pair.Loss.Result, lossNames);

        ModelLocals = modelLocals;
        LossLocals = lossLocals;
        var all = modelLocals.Append(new Assignment(Prediction, PredictionValue, pair.PredictionName)).Concat(lossLocals);
        Function = new StraightLineFunction(all.ToEquatableArray(), LossValue);
    }

    public ModelAndLoss Pair { get; }

    public NameScope Names { get; }

    /// <summary>The trainable parameters, in declaration order.</summary>
    public IReadOnlyList<string> Trainable { get; }

    /// <summary>The per-sample data columns (<c>[Data]</c> parameters), in declaration order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public string Targets { get; }

    public string Index { get; }

    public string Count { get; }

    public string Prediction { get; }

    public Expr PredictionValue { get; }

    public IReadOnlyList<Assignment> ModelLocals { get; }

    public IReadOnlyList<Assignment> LossLocals { get; }

    public Expr LossValue { get; }

    /// <summary>Model and loss as one straight-line function of the sample, whose result is the sample's loss.</summary>
    public StraightLineFunction Function { get; }

    public static PerSampleFunction Create(ModelAndLoss pair) => new(pair);

    /// <summary>How a variable reads in C#: a data column or the target as the current sample's element.</summary>
    public string Code(string variable) =>
        Columns.Contains(variable) || variable == Targets
            ? $"{Emitting.Identifiers.Escape(variable)}[{Index}]"
            : Emitting.Identifiers.Escape(variable);

    /// <summary>How a variable reads in a formula: per-sample values carry the subscript ᵢ, the prediction is ŷᵢ.</summary>
    public string MathText(string variable)
    {
        if (variable == Prediction)
        {
            return "ŷᵢ";
        }

        if (Trainable.Contains(variable))
        {
            return variable;
        }

        var display = Function.Locals.FirstOrDefault(local => local.Name == variable)?.DisplayName ?? variable;
        return display + "ᵢ";
    }

    private List<Assignment> Renamed(IEnumerable<Assignment> locals, Dictionary<string, string> renames)
    {
        var renamed = new List<Assignment>();
        foreach (var local in locals)
        {
            var value = ExprRewriter.Rename(local.Value, renames);
            var name = Names.Unique(local.Name);
            renames[local.Name] = name;
            renamed.Add(
                new Assignment(
                    name,
                    value,
                    local.DisplayName,
                    local.Guard is null
                        ? null
                        : ExprRewriter.SubstituteInCondition(local.Guard, variable =>
                            renames.TryGetValue(variable, out var renamedVariable) ? new Variable(renamedVariable) : null
                        )
                )
            );
        }

        return renamed;
    }
}
