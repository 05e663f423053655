using System.Collections.Immutable;

namespace Perceptron.Gen.Tests.Properties.Programs;

/// <summary>
/// A statement of a random program. The loops and the jumps out of them are in <c>Loops.cs</c>; a new kind of statement
/// needs a rule in <see cref="CSharpPrinter"/>, <see cref="ProgramNodes"/>, <see cref="Oracles.ProgramInterpreter"/>,
/// <see cref="Reduction.StatementEdits"/> and <see cref="Reduction.WellFormedness"/>, and a weighted entry in
/// <see cref="Generation.ProgramGenerators"/>.
/// </summary>
public abstract record Statement;

/// <summary>
/// <c>double Name = Value;</c>, or <c>const double Name = Value;</c> for a constant value. Every local is declared with
/// a value, and every name is used once per method.
/// </summary>
public sealed record Declare(string Name, Expr Value, bool IsConst = false) : Statement;

/// <summary>The assignment operators: <c>=</c> and the compound ones.</summary>
public enum AssignmentOperator
{
    Assign,
    AddAssign,
    SubtractAssign,
    MultiplyAssign,
    DivideAssign,
}

/// <summary><c>Name op Value;</c> to a local or a parameter.</summary>
public sealed record Assign(string Name, AssignmentOperator Operator, Expr Value) : Statement;

/// <summary><c>Name++;</c> or <c>Name--;</c>.</summary>
public sealed record Step(string Name, bool IsIncrement) : Statement;

/// <summary><c>if (Test) { Then } else { Else }</c>; no <c>else</c> when <see cref="Else"/> is empty.</summary>
public sealed record If(Condition Test, ImmutableArray<Statement> Then, ImmutableArray<Statement> Else) : Statement;

/// <summary><c>return Value;</c>, only ever the last statement of a block.</summary>
public sealed record Return(Expr Value) : Statement;
