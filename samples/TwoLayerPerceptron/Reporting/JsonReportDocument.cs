using System.Collections.Generic;

namespace TwoLayerPerceptron.Reporting;

/// <summary>The shape of the <c>--json</c> output; property names are written in camelCase.</summary>
/// <param name="Source">The data file, or the name of the embedded data.</param>
/// <param name="Target">The target column.</param>
/// <param name="Features">The feature columns, in order.</param>
/// <param name="HiddenUnits">The number of tanh units.</param>
/// <param name="WeightDecay">λ in the objective's ½·λ·Σw².</param>
/// <param name="Seed">The seed of the split and the starting weights.</param>
/// <param name="Epochs">The number of epochs trained.</param>
/// <param name="LearningRate">The learning rate α.</param>
/// <param name="Momentum">The momentum β.</param>
/// <param name="TrainingMilliseconds">The wall-clock time of the training loop.</param>
/// <param name="Losses">The objective at the first epoch, every tenth of the run and the last, as the text report shows them.</param>
/// <param name="FinalLoss">The objective after the last step.</param>
/// <param name="Training">How the network does on the training rows.</param>
/// <param name="HeldOut">How it does on the held-out rows.</param>
internal sealed record JsonReportDocument(
    string Source,
    string Target,
    IReadOnlyList<string> Features,
    int HiddenUnits,
    double WeightDecay,
    int Seed,
    int Epochs,
    double LearningRate,
    double Momentum,
    double TrainingMilliseconds,
    IReadOnlyList<JsonLossPoint> Losses,
    double FinalLoss,
    JsonScore Training,
    JsonScore HeldOut
);
