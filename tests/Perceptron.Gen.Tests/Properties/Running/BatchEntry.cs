using System.Collections.Generic;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// One program of a compiled batch: its compiled methods, or why there are none (<see cref="Rejection"/>), whether the
/// program itself was invalid C# (the tests' fault, not the generator's), and the warnings in its generated code that the
/// program does not have itself.
/// </summary>
public sealed record BatchEntry(
    CompiledProgram? Program,
    string? Rejection,
    bool IsInvalidProgram,
    IReadOnlyList<string> GeneratedWarnings
);
