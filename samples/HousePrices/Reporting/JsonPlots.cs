namespace HousePrices.Reporting;

/// <summary>Where the plots were written, as absolute paths.</summary>
/// <param name="Loss">The loss after each epoch.</param>
/// <param name="Fit">The data with the trained and closed-form lines.</param>
internal sealed record JsonPlots(string Loss, string Fit);
