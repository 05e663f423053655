namespace HousePrices.Reporting;

/// <summary>The shape of the <c>--json</c> output; property names are written in camelCase.</summary>
/// <param name="Data">Which data was fitted.</param>
/// <param name="Weight">The trained slope, in the data's units.</param>
/// <param name="Bias">The trained intercept, in the data's units.</param>
/// <param name="Loss">The trained line's mean squared error.</param>
/// <param name="Epochs">The number of epochs trained.</param>
/// <param name="LearningRate">The learning rate.</param>
/// <param name="InitialLoss">The loss before the first step, at w = b = 0.</param>
/// <param name="TrainingMilliseconds">The wall-clock time of the training loop.</param>
/// <param name="ClosedForm">The exact least-squares line.</param>
/// <param name="Difference">Trained minus closed form, for each value.</param>
/// <param name="LargestRelativeDifference">
/// The largest relative difference of slope, intercept and error; see <see cref="Training.ClosedFormAgreement"/>.
/// </param>
/// <param name="ReachedClosedForm">Whether that difference is within <see cref="Training.ClosedFormAgreement.Tolerance"/>.</param>
/// <param name="Plots">The absolute paths of the PNG plots, or <see langword="null"/> with <c>--no-plots</c>.</param>
internal sealed record JsonReportDocument(
    JsonDataSummary Data,
    double Weight,
    double Bias,
    double Loss,
    int Epochs,
    double LearningRate,
    double InitialLoss,
    double TrainingMilliseconds,
    JsonLine ClosedForm,
    JsonLine Difference,
    double LargestRelativeDifference,
    bool ReachedClosedForm,
    JsonPlots? Plots
);
