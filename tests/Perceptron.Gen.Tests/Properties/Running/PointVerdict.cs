namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// What checking one point found. A point is checked, or skipped (<see cref="Note"/> says why), or fails
/// (<see cref="Failure"/> describes the disagreement). A checked point may carry a note too, when only the dual
/// numbers could be compared.
/// </summary>
public sealed record PointVerdict(bool Checked, string? Note, string? Failure)
{
    public static PointVerdict Skipped(string reason) => new(false, reason, null);

    public static PointVerdict Passed(string? note = null) => new(true, note, null);

    public static PointVerdict Failed(string failure) => new(false, null, failure);
}
