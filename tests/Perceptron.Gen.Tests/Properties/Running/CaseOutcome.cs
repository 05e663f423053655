using System.Collections.Generic;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// What checking one case found: how many of its points were checked, notes on the points skipped or checked only in
/// part, and the first disagreement, described for a reader, with its kind.
/// </summary>
public sealed record CaseOutcome(int PointsChecked, IReadOnlyList<string> Notes, string? Failure, FailureKind Kind)
{
    public bool Failed => Kind != FailureKind.None;

    public static CaseOutcome Passed(int pointsChecked, IReadOnlyList<string> notes) => new(pointsChecked, notes, null, FailureKind.None);
}
