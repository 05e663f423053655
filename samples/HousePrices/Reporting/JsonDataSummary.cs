namespace HousePrices.Reporting;

/// <summary>Which data was fitted.</summary>
/// <param name="Source">The file, or the name of the embedded data.</param>
/// <param name="X">The feature column.</param>
/// <param name="Y">The target column.</param>
/// <param name="Rows">The number of samples.</param>
internal sealed record JsonDataSummary(string Source, string X, string Y, int Rows);
