using System.Collections.Immutable;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Generation;

/// <summary>
/// What a statement being generated may use: the parameters and the locals declared before it in enclosing blocks, which
/// of them may be assigned (not the <c>const</c> ones), and the number of the next local. Locals are numbered across the
/// whole method, so no two blocks declare the same name.
/// </summary>
public sealed record Scope(ImmutableArray<string> Names, ImmutableArray<string> Assignable, int NextLocal)
{
    /// <summary>Leaves other than double names: <c>(double)i</c> for loop indices and <c>n</c>, and <c>xs[i]</c>.</summary>
    public ImmutableArray<Expr> OtherLeaves { get; init; } = ImmutableArray<Expr>.Empty;

    /// <summary>Whether statements may be loops: only in programs with loops, so the other properties' programs stay as they were.</summary>
    public bool AllowsLoops { get; init; }

    /// <summary>How many loops the statement is in; in a loop there is no <c>return</c>, and there may be a <c>break</c> or <c>continue</c>.</summary>
    public int LoopDepth { get; init; }

    /// <summary>In a loop body: the variables from before the loop that it may assign, which it then carries.</summary>
    public ImmutableArray<string> Carriable { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Whether the program takes <c>int n</c> and <c>xs</c>, which loops may run to.</summary>
    public bool HasCount { get; init; }

    public bool HasSequence { get; init; }

    public bool InLoop => LoopDepth > 0;

    /// <summary>
    /// Whether a <c>break</c> or <c>continue</c> may come here: directly in a loop body. The generator does not read one in
    /// an <c>if</c> inside the body that more of the body follows, so branches in loops get none.
    /// </summary>
    public bool AllowsJumps { get; init; }

    public static Scope ForParameters(ImmutableArray<string> parameters) => new(parameters, parameters, 0);

    public string NextLocalName => "v" + NextLocal;

    /// <summary>This scope after <c>double vN = …;</c> or <c>const double vN = …;</c>.</summary>
    public Scope WithDeclared(bool isConst = false) =>
        this with
        {
            Names = Names.Add(NextLocalName),
            Assignable = isConst ? Assignable : Assignable.Add(NextLocalName),
            NextLocal = NextLocal + 1,
        };

    /// <summary>This scope's names, with the local numbering carried on past a nested block that declared more.</summary>
    public Scope After(Scope nested) => this with { NextLocal = nested.NextLocal };
}
