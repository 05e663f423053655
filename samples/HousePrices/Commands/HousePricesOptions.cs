using HousePrices.Training;

namespace HousePrices.Commands;

/// <summary>What the command line asked for, after parsing and validation.</summary>
/// <param name="DataPath">The CSV file to fit, or <see langword="null"/> for the embedded Boston data.</param>
/// <param name="XColumn">The feature column's name.</param>
/// <param name="YColumn">The target column's name.</param>
/// <param name="Training">Epochs and learning rate.</param>
/// <param name="Json">Whether to print only a JSON object.</param>
/// <param name="Explain">Whether to print the worked example instead of fitting data.</param>
/// <param name="RequireClosedForm">Whether a fit that does not reach the closed form exits with a failure code.</param>
/// <param name="PlotsFolder">The folder for the PNG plots, as the user gave it, or <see langword="null"/> for no plots.</param>
public sealed record HousePricesOptions(
    string? DataPath,
    string XColumn,
    string YColumn,
    TrainingSettings Training,
    bool Json,
    bool Explain,
    bool RequireClosedForm,
    string? PlotsFolder
);
