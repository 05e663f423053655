namespace HousePrices.Plotting;

/// <summary>Where the plots of a run were written, as absolute paths.</summary>
/// <param name="Loss">The loss after each epoch.</param>
/// <param name="Fit">The data with the trained and closed-form lines.</param>
public sealed record WrittenPlots(string Loss, string Fit);
