using System.Collections.Immutable;

namespace Perceptron.Gen.Tests.Properties.Generation;

/// <summary>
/// What a statement being generated may use: the parameters and the locals declared before it in enclosing blocks, which
/// of them may be assigned (not the <c>const</c> ones), and the number of the next local. Locals are numbered across the
/// whole method, so no two blocks declare the same name.
/// </summary>
public sealed record Scope(ImmutableArray<string> Names, ImmutableArray<string> Assignable, int NextLocal)
{
    public static Scope ForParameters(ImmutableArray<string> parameters) => new(parameters, parameters, 0);

    public string NextLocalName => "v" + NextLocal;

    /// <summary>This scope after <c>double vN = …;</c> or <c>const double vN = …;</c>.</summary>
    public Scope WithDeclared(bool isConst = false) =>
        new(Names.Add(NextLocalName), isConst ? Assignable : Assignable.Add(NextLocalName), NextLocal + 1);

    /// <summary>This scope's names, with the local numbering carried on past a nested block that declared more.</summary>
    public Scope After(Scope nested) => this with { NextLocal = nested.NextLocal };
}
