using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Generation;

// Imported inside the namespace, so that CsCheck's Gen is found before the namespace Perceptron.Gen.
using CsCheck;

/// <summary>
/// Programs with loops, in the shapes the generator reads: <c>for</c> to a constant, to <c>n</c> or to <c>xs.Length</c>,
/// <c>foreach</c> over <c>xs</c>, <c>while</c> and <c>do</c> with a counter, nested two deep, with
/// <c>if (…) { …; break; }</c> and <c>if (…) { …; continue; }</c>, and variables carried from one iteration to the next
/// as running sums and non-linearly. Loops may also sit in branches, and branches in loops (without a return).
/// </summary>
public static partial class ProgramGenerators
{
    /// <summary>How deep loops nest.</summary>
    private const int LoopNesting = 2;

    /// <summary>How deep expressions in a loop body are: a body runs many times, and deep ones soon overflow.</summary>
    private const int LoopExpressionDepth = 2;

    /// <summary>Trip counts: constant bounds, <c>n</c>, a counter's limit and the length of <c>xs</c> are at most this.</summary>
    private const int MostIterations = 5;

    /// <summary>
    /// Block-bodied methods with at least one loop: statements, a loop, statements, and a statement that returns on every
    /// path, over one to three doubles and perhaps <c>xs</c> (a <c>double[]</c> or a <c>ReadOnlySpan&lt;double&gt;</c>) and
    /// <c>int n</c>.
    /// </summary>
    public static readonly Gen<RandomProgram> LoopPrograms = Gen.Select(
            Gen.Int[1, 3],
            Gen.Frequency((1, Gen.Const((int?)null)), (1, Gen.Int[0, MostIterations].Select(count => (int?)count))),
            Gen.Frequency(
                (2, Gen.Const((Sequence?)null)),
                (1, Gen.Int[0, 4].Select(length => (Sequence?)new Sequence(IsSpan: false, length))),
                (1, Gen.Int[0, 4].Select(length => (Sequence?)new Sequence(IsSpan: true, length)))
            )
        )
        .SelectMany(inputs =>
        {
            var (count, n, sequence) = inputs;
            var scope = Scope.ForParameters(RandomProgram.ParameterNamesFor(count)) with
            {
                AllowsLoops = true,
                HasCount = n is not null,
                HasSequence = sequence is not null,
                OtherLeaves = n is null
                    ? ImmutableArray<Expr>.Empty
                    : ImmutableArray.Create<Expr>(new IntegerValue(RandomProgram.CountName)),
            };
            return BodyWithLoop(scope).Select(block => RandomProgram.WithBlockBody(count, block) with { Count = n, Sequence = sequence });
        });

    private static Gen<ImmutableArray<Statement>> BodyWithLoop(Scope scope) =>
        Gen.Int[0, 2]
            .SelectMany(count => Statements(scope, count, BranchNesting))
            .SelectMany(before =>
                Loop(before.Scope, BranchNesting)
                    .SelectMany(loop =>
                        Gen.Int[0, 2]
                            .SelectMany(count => Statements(loop.Scope, count, BranchNesting))
                            .SelectMany(after =>
                                Terminal(after.Scope, BranchNesting)
                                    .Select(last =>
                                        before.Statements.Add(loop.Statement).AddRange(after.Statements).AddRange(last.Statements)
                                    )
                            )
                    )
            );

    private static int ExpressionDepthIn(Scope scope) => scope.InLoop ? LoopExpressionDepth : StatementExpressionDepth;

    /// <summary>The statements of a program with loops: those of <see cref="StatementIn"/>, loops, and in a loop jumps and carried updates.</summary>
    private static Gen<(Statement Statement, Scope Scope)> StatementWithLoopsIn(
        Scope scope,
        int nesting,
        Gen<(Statement, Scope)> declare,
        Gen<(Statement, Scope)> assign,
        Gen<(Statement, Scope)> divide,
        Gen<(Statement, Scope)> step
    )
    {
        var choices = new System.Collections.Generic.List<(int, IGen<(Statement, Scope)>)>
        {
            (4, declare),
            (4, assign),
            (1, divide),
            (1, step),
        };
        if (nesting > 0)
        {
            choices.Add((3, BranchThatMayReturn(scope, nesting)));
        }

        if (nesting > 0 && scope.LoopDepth < LoopNesting)
        {
            choices.Add((2, Loop(scope, nesting)));
        }

        if (scope.InLoop)
        {
            choices.Add((4, CarriedUpdate(scope)));
        }

        if (scope.AllowsJumps)
        {
            choices.Add((2, JumpOut(scope)));
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>A loop of one of the kinds the program's parameters allow, with a body of one to three statements.</summary>
    private static Gen<(Statement Statement, Scope Scope)> Loop(Scope scope, int nesting)
    {
        var depth = scope.LoopDepth;
        var index = depth == 0 ? "i" : "j";
        var start = Gen.Frequency((3, Gen.Const(0)), (1, Gen.Const(1)));
        var inclusive = Gen.Frequency((3, Gen.Const(false)), (1, Gen.Const(true)));
        var inner = scope with
        {
            LoopDepth = depth + 1,
            Carriable = scope.Assignable,
            AllowsJumps = true,
            OtherLeaves = scope.OtherLeaves.Add(new IntegerValue(index)),
        };
        var toConstant = Gen.Select(
            start,
            inclusive,
            Gen.Int[0, MostIterations],
            LoopBodyIn(inner, nesting),
            (from, isInclusive, end, body) =>
                ((Statement)new For(index, from, LoopBound.Constant(end), isInclusive, body.Statements), scope.After(body.Scope))
        );
        var choices = new System.Collections.Generic.List<(int, IGen<(Statement, Scope)>)>
        {
            (3, toConstant),
            (2, Counted(scope, nesting)),
        };
        if (scope.HasCount)
        {
            choices.Add(
                (
                    3,
                    Gen.Select(start, inclusive, LoopBodyIn(inner, nesting), (from, isInclusive, body) =>
                        ((Statement)new For(index, from, LoopBound.Count, isInclusive, body.Statements), scope.After(body.Scope))
                    )
                )
            );
        }

        // A triangular loop, to the index of the loop it is in.
        var outerIndices = scope
            .OtherLeaves.OfType<IntegerValue>()
            .Select(value => value.Name)
            .Where(name => name != RandomProgram.CountName);
        if (outerIndices.ToArray() is [.., var outer])
        {
            choices.Add(
                (
                    2,
                    Gen.Select(start, inclusive, LoopBodyIn(inner, nesting), (from, isInclusive, body) =>
                        (
                            (Statement)new For(index, from, LoopBound.OuterIndex(outer), isInclusive, body.Statements),
                            scope.After(body.Scope)
                        )
                    )
                )
            );
        }

        if (scope.HasSequence)
        {
            // Over xs.Length the index reads xs[i]; it is always in bounds, as the loop starts at 0 and stops before the end.
            var overElements = inner with
            {
                OtherLeaves = inner.OtherLeaves.Add(new Element(index)).Add(new Element(index, FromEnd: true)),
            };
            choices.Add(
                (
                    2,
                    LoopBodyIn(overElements, nesting)
                        .Select(body => ((Statement)new For(index, 0, LoopBound.Length, false, body.Statements), scope.After(body.Scope)))
                )
            );
            var item = depth == 0 ? "x" : "y";
            var overItems = scope with
            {
                Names = scope.Names.Add(item),
                LoopDepth = depth + 1,
                Carriable = scope.Assignable,
                AllowsJumps = true,
            };
            choices.Add(
                (
                    3,
                    Gen.Select(Gen.Bool, LoopBodyIn(overItems, nesting), (isVar, body) =>
                        ((Statement)new ForEach(item, isVar, body.Statements), scope.After(body.Scope))
                    )
                )
            );
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>
    /// A <c>while</c> or <c>do</c> loop with a double counter of its own, which the body may read but not assign; sometimes
    /// its test also compares values the loop computes, so how often it runs depends on the point.
    /// </summary>
    private static Gen<(Statement Statement, Scope Scope)> Counted(Scope scope, int nesting)
    {
        var counter = "k" + scope.NextLocal;
        var declared = scope with { Names = scope.Names.Add(counter), NextLocal = scope.NextLocal + 1 };
        var inner = declared with { LoopDepth = scope.LoopDepth + 1, Carriable = scope.Assignable, AllowsJumps = true };
        var alsoWhile = Gen.Frequency(
            (3, Gen.Const((Condition?)null)),
            (1, new ExpressionGenerators(declared).Condition(1).Select(test => (Condition?)test))
        );
        return Gen.Select(Gen.Int[0, MostIterations - 1], alsoWhile, Gen.Bool, LoopBodyIn(inner, nesting), (count, test, atBottom, body) =>
        {
            var loop = new While(counter, count, test, atBottom, body.Statements);
            var after = declared.After(body.Scope) with { Assignable = scope.Assignable.Add(counter) };
            return ((Statement)loop, after);
        });
    }

    /// <summary>One to three statements, with one level less of branches and no return.</summary>
    private static Gen<(ImmutableArray<Statement> Statements, Scope Scope)> LoopBodyIn(Scope inner, int nesting) =>
        Gen.Int[1, 3].SelectMany(count => Statements(inner, count, nesting - 1));

    /// <summary>
    /// An assignment to a variable from before the loop, in the shapes loops use: a running sum <c>s += e</c>, Horner's
    /// <c>p = p * e + c</c>, a product <c>p *= e</c>, or a smooth function of the previous value, <c>p = Math.Sin(p) * e + c</c>.
    /// </summary>
    private static Gen<(Statement Statement, Scope Scope)> CarriedUpdate(Scope scope)
    {
        var expression = new ExpressionGenerators(scope).Expression(LoopExpressionDepth - 1);
        var target = Gen.OneOf(scope.Carriable.ToArray());
        var function = Gen.OneOf(MathFunction.Sin, MathFunction.Tanh, MathFunction.Cos, MathFunction.Atan);
        Statement Update(string name, AssignmentOperator op, Expr value) => new Assign(name, op, value);
        var sum = Gen.Select(target, expression, (name, value) => Update(name, AssignmentOperator.AddAssign, value));
        var horner = Gen.Select(target, expression, expression, (name, factor, offset) =>
            Update(name, AssignmentOperator.Assign, Plus(Product(new Variable(name), factor), offset))
        );
        var product = Gen.Select(target, expression, (name, factor) => Update(name, AssignmentOperator.MultiplyAssign, factor));
        var smooth = Gen.Select(target, function, expression, expression, (name, f, factor, offset) =>
            Update(name, AssignmentOperator.Assign, Plus(Product(new Call(f, new Variable(name)), factor), offset))
        );
        return Gen.Frequency((3, sum), (2, horner), (1, product), (2, smooth)).Select(update => (update, scope));
    }

    /// <summary><c>if (test) { …; break; }</c> or <c>if (test) { …; continue; }</c>, with up to one assignment before the jump.</summary>
    private static Gen<(Statement Statement, Scope Scope)> JumpOut(Scope scope)
    {
        var expressions = new ExpressionGenerators(scope);
        var assignment = Gen.Select(
            Gen.OneOf(scope.Assignable.ToArray()),
            Gen.OneOf(AssignmentOperator.Assign, AssignmentOperator.AddAssign, AssignmentOperator.MultiplyAssign),
            expressions.Expression(LoopExpressionDepth - 1),
            (name, op, value) => ImmutableArray.Create<Statement>(new Assign(name, op, value))
        );
        var before = Gen.Frequency((2, Gen.Const(ImmutableArray<Statement>.Empty)), (1, assignment));
        return Gen.Select(expressions.Condition(1), before, Gen.Bool, (test, statements, isBreak) =>
            ((Statement)new Jump(test, statements, isBreak), scope)
        );
    }

    private static Expr Plus(Expr left, Expr right) => new Binary(ArithmeticOperator.Add, left, right);

    private static Expr Product(Expr left, Expr right) => new Binary(ArithmeticOperator.Multiply, left, right);
}
