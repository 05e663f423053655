using System.Collections.Generic;

namespace Perceptron.Gen.Tests.Robustness.Mutation;

/// <summary>What the generator made of a mutant.</summary>
public enum MutantKind
{
    /// <summary>The mutant has syntax errors; the generator only had to survive it.</summary>
    SyntaxError,

    /// <summary>The mutant parses but does not compile; the generator only had to survive it.</summary>
    CompileError,

    /// <summary>The mutant compiles, and so does the code after generation.</summary>
    Compiles,

    /// <summary>An exception left the generator (CS8785) or its guard caught one (PGEN999).</summary>
    GeneratorFailure,

    /// <summary>The mutant compiles, but the code after generation does not.</summary>
    NewErrors,
}

/// <summary>The kind of outcome, and for a failure the diagnostics that show it.</summary>
public sealed record MutantVerdict(MutantKind Kind, IReadOnlyList<string> Problems)
{
    public bool IsFailure => Kind is MutantKind.GeneratorFailure or MutantKind.NewErrors;
}
