using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Generation;

// Imported inside the namespace, so that CsCheck's Gen is found before the namespace Perceptron.Gen.
using CsCheck;

/// <summary>
/// CsCheck generators of whole random programs and of the points to check them at. Loops and the jumps out of them are
/// generated only for <see cref="LoopPrograms"/> (in <c>ProgramGenerators.Loops.cs</c>), through weighted entries in
/// <see cref="StatementIn"/> that the other programs do not have, so their cases stay the same for a seed.
/// </summary>
public static partial class ProgramGenerators
{
    /// <summary>How deep <c>if</c> statements nest.</summary>
    private const int BranchNesting = 2;

    /// <summary>How deep expressions in statements are; an expression body may be one level deeper.</summary>
    private const int StatementExpressionDepth = 3;

    /// <summary>Parameter values are drawn uniformly from ±2.5 in steps of 10⁻⁴, so a shrunk point reads easily.</summary>
    private static readonly Gen<double> Coordinate = Gen.Int[-25_000, 25_000].Select(steps => steps / 10_000.0);

    public const int PointsPerProgram = 3;

    /// <summary>Expression-bodied methods: <c>double F(double a, …) => expression;</c>.</summary>
    public static readonly Gen<RandomProgram> ExpressionPrograms = Gen.Int[1, 3]
        .SelectMany(count =>
        {
            var parameters = RandomProgram.ParameterNamesFor(count);
            return new ExpressionGenerators(parameters)
                .Expression(StatementExpressionDepth + 1)
                .Select(body => RandomProgram.WithExpressionBody(count, body));
        });

    /// <summary>Block-bodied methods with locals, assignments, branches and early returns.</summary>
    public static readonly Gen<RandomProgram> BlockPrograms = Gen.Int[1, 3]
        .SelectMany(count =>
            BlockBody(Scope.ForParameters(RandomProgram.ParameterNamesFor(count)), BranchNesting)
                .Select(block => RandomProgram.WithBlockBody(count, block.Statements))
        );

    /// <summary>A program together with the points to check it at.</summary>
    public static Gen<PropertyCase> Cases(Gen<RandomProgram> programs) =>
        programs.SelectMany(program =>
            Coordinate
                .Array[program.CoordinateCount]
                .Array[PointsPerProgram]
                .Select(points => new PropertyCase(program, points.Select(point => point.ToImmutableArray()).ToImmutableArray()))
        );

    /// <summary>Statements, then a statement that returns on every path.</summary>
    private static Gen<(ImmutableArray<Statement> Statements, Scope Scope)> BlockBody(Scope scope, int nesting) =>
        Gen.Int[0, 4]
            .SelectMany(count => Statements(scope, count, nesting))
            .SelectMany(body => Terminal(body.Scope, nesting).Select(last => (body.Statements.AddRange(last.Statements), last.Scope)));

    /// <summary><paramref name="count"/> statements that do not return on every path, each seeing what the previous declared.</summary>
    private static Gen<(ImmutableArray<Statement> Statements, Scope Scope)> Statements(Scope scope, int count, int nesting)
    {
        if (count == 0)
        {
            return Gen.Const((ImmutableArray<Statement>.Empty, scope));
        }

        return StatementIn(scope, nesting)
            .SelectMany(first =>
                Statements(first.Scope, count - 1, nesting).Select(rest => (rest.Statements.Insert(0, first.Statement), rest.Scope))
            );
    }

    private static Gen<(Statement Statement, Scope Scope)> StatementIn(Scope scope, int nesting)
    {
        var expressions = new ExpressionGenerators(scope);
        var depth = ExpressionDepthIn(scope);
        var expression = expressions.Expression(depth);
        var target = Gen.OneOf(scope.Assignable.ToArray());
        var declare = Gen.Frequency(
            (5, expression.Select(value => ((Statement)new Declare(scope.NextLocalName, value), scope.WithDeclared()))),
            (
                1,
                ExpressionGenerators.AnyConstant.Select(value =>
                    ((Statement)new Declare(scope.NextLocalName, value, IsConst: true), scope.WithDeclared(isConst: true))
                )
            )
        );
        var assign = Gen.Select(
            target,
            Gen.OneOf(
                AssignmentOperator.Assign,
                AssignmentOperator.AddAssign,
                AssignmentOperator.SubtractAssign,
                AssignmentOperator.MultiplyAssign
            ),
            expression,
            (name, op, value) => ((Statement)new Assign(name, op, value), scope)
        );
        var divide = Gen.Select(target, expressions.Denominator(depth - 1), (name, value) =>
            ((Statement)new Assign(name, AssignmentOperator.DivideAssign, value), scope)
        );
        var step = Gen.Select(target, Gen.Bool, (name, isIncrement) => ((Statement)new Step(name, isIncrement), scope));
        if (scope.AllowsLoops)
        {
            return StatementWithLoopsIn(scope, nesting, declare, assign, divide, step);
        }

        if (nesting == 0)
        {
            return Gen.Frequency((4, declare), (4, assign), (1, divide), (1, step));
        }

        return Gen.Frequency((4, declare), (4, assign), (1, divide), (1, step), (3, BranchThatMayReturn(scope, nesting)));
    }

    /// <summary>
    /// <c>if</c>, with or without <c>else</c>, where one branch may return early; the code after it still runs on the
    /// other path. Locals declared in a branch are out of scope after it.
    /// </summary>
    private static Gen<(Statement Statement, Scope Scope)> BranchThatMayReturn(Scope scope, int nesting) =>
        new ExpressionGenerators(scope)
            .Condition(2)
            .SelectMany(test =>
                Gen.Int[0, 2]
                    .SelectMany(count => Statements(scope with { AllowsJumps = false }, count, nesting - 1))
                    .SelectMany(then =>
                        // A loop body has no return (the generator does not read one), only break and continue.
                        (scope.InLoop ? Gen.Const(false) : Gen.Frequency((2, Gen.Const(false)), (1, Gen.Const(true)))).SelectMany(
                            thenReturns =>
                                (thenReturns ? Terminal(then.Scope, nesting - 1) : NothingMore(then.Scope)).SelectMany(thenEnd =>
                                    ElseBranch(scope.After(thenEnd.Scope), nesting, mayReturn: !thenReturns && !scope.InLoop)
                                        .Select(otherwise =>
                                        {
                                            var branch = new If(test, then.Statements.AddRange(thenEnd.Statements), otherwise.Statements);
                                            return ((Statement)branch, scope.After(otherwise.Scope));
                                        })
                                )
                        )
                    )
            );

    private static Gen<(ImmutableArray<Statement> Statements, Scope Scope)> ElseBranch(Scope scope, int nesting, bool mayReturn) =>
        Gen.Int[0, 2]
            .SelectMany(count => Statements(scope with { AllowsJumps = false }, count, nesting - 1))
            .SelectMany(body =>
                (mayReturn ? Gen.Frequency((2, Gen.Const(false)), (1, Gen.Const(true))) : Gen.Const(false)).SelectMany(returns =>
                    (returns ? Terminal(body.Scope, nesting - 1) : NothingMore(body.Scope)).Select(end =>
                        (body.Statements.AddRange(end.Statements), end.Scope)
                    )
                )
            );

    /// <summary>A statement that returns on every path: a <c>return</c>, or an <c>if</c>/<c>else</c> both of whose blocks do.</summary>
    private static Gen<(ImmutableArray<Statement> Statements, Scope Scope)> Terminal(Scope scope, int nesting)
    {
        var returnStatement = new ExpressionGenerators(scope)
            .Expression(StatementExpressionDepth)
            .Select(value => (ImmutableArray.Create<Statement>(new Return(value)), scope));
        if (nesting == 0)
        {
            return returnStatement;
        }

        var bothReturn = new ExpressionGenerators(scope)
            .Condition(2)
            .SelectMany(test =>
                BlockBody(scope, nesting - 1)
                    .SelectMany(then =>
                        BlockBody(scope.After(then.Scope), nesting - 1)
                            .Select(otherwise =>
                            {
                                var branch = new If(test, then.Statements, otherwise.Statements);
                                return (ImmutableArray.Create<Statement>(branch), scope.After(otherwise.Scope));
                            })
                    )
            );
        return Gen.Frequency((4, returnStatement), (1, bothReturn));
    }

    private static Gen<(ImmutableArray<Statement> Statements, Scope Scope)> NothingMore(Scope scope) =>
        Gen.Const((ImmutableArray<Statement>.Empty, scope));
}
