namespace Samples.Common.Loading;

/// <summary>What the target column of a data file must hold.</summary>
public enum TargetKind
{
    /// <summary>Any finite number: a quantity to predict, as in regression.</summary>
    Number,

    /// <summary>A class label, 0 or 1, with both classes present: as in binary classification.</summary>
    ZeroOrOne,
}
