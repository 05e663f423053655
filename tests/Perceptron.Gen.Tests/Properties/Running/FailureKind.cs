namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>How a case failed; reducing a failing program keeps the kind, so it does not wander off to another failure.</summary>
public enum FailureKind
{
    None,

    /// <summary>A value or partial derivative disagrees with the oracles, or the generated code throws.</summary>
    WrongResult,

    /// <summary>The generator reported an error, or its output does not compile.</summary>
    NotGenerated,

    /// <summary>The random program itself is not valid C#: a bug in the tests' generators or reducer.</summary>
    InvalidProgram,
}
