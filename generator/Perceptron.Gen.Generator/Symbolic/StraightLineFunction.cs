using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>One assignment of a straight-line program: a local (renamed when the user reassigns it) and its value.</summary>
/// <param name="Name">The name in generated code; unique within the function.</param>
/// <param name="Value">The expression assigned.</param>
/// <param name="DisplayName">The user's own name for the local, for comments and formulas.</param>
/// <param name="Guard">
/// The condition under which the user's code computes it (inside an <c>if</c> branch or a <c>?:</c>), or null when it
/// always does. A guarded local is computed only where its guard holds, and is 0 elsewhere, where nothing reads it:
/// a branch not taken is never evaluated, which also keeps recursion finite.
/// </param>
internal sealed record Assignment(string Name, Expr Value, string DisplayName, Condition? Guard = null);

/// <summary>
/// A method body read into single-assignment form: locals in order, then the returned expression. Every variable is
/// a parameter or an earlier local, so the backward sweep can walk the locals in reverse.
/// </summary>
internal sealed record StraightLineFunction(EquatableArray<Assignment> Locals, Expr Result);

/// <summary>A step of the backward sweep: the adjoint of one local, named because it is too large to repeat inline.</summary>
/// <param name="Name">The temporary's name, <c>d</c> and the local's name.</param>
/// <param name="Value">The adjoint, in terms of forward values and earlier adjoints.</param>
/// <param name="OfLocal">The local whose adjoint this is, by its name in generated code.</param>
internal sealed record AdjointAssignment(string Name, Expr Value, string OfLocal);

/// <summary>The adjoint of one local, named or not, for the comments that explain each step.</summary>
internal sealed record LocalAdjoint(string Local, Expr Adjoint);

/// <summary>The backward sweep of a function: named adjoints in evaluation order, then one derivative per parameter.</summary>
/// <param name="Adjoints">The adjoints too large to repeat, as temporaries to write before the derivatives.</param>
/// <param name="Derivatives">One derivative per parameter asked for, in that order.</param>
/// <param name="LocalAdjoints">Every local's adjoint, in the order the sweep completed them.</param>
internal sealed record GradientProgram(
    EquatableArray<AdjointAssignment> Adjoints,
    EquatableArray<Expr> Derivatives,
    EquatableArray<LocalAdjoint> LocalAdjoints
);
