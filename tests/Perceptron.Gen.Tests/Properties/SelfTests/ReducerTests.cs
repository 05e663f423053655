using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Programs;
using Perceptron.Gen.Tests.Properties.Reduction;
using Perceptron.Gen.Tests.Properties.Running;
using Xunit;

namespace Perceptron.Gen.Tests.Properties.SelfTests;

/// <summary>
/// The reducer on a stand-in for the generator that "fails" on every program calling <c>Math.Sin</c>: what is left must
/// be the smallest such program, and every step must keep the program well formed.
/// </summary>
public class ReducerTests
{
    private static readonly Variable A = new("a");
    private static readonly Variable B = new("b");
    private static readonly Variable P = new("p");

    [Fact]
    public void A_failing_block_program_reduces_to_the_one_construct_that_fails()
    {
        var program = RandomProgram.WithBlockBody(
            2,
            ImmutableArray.Create<Statement>(
                new Declare("v0", new Binary(ArithmeticOperator.Add, A, new Call(MathFunction.Cosh, B))),
                new If(
                    new Comparison(ComparisonOperator.Less, new Variable("v0"), new Constant(1.25)),
                    ImmutableArray.Create<Statement>(new Assign("v0", AssignmentOperator.MultiplyAssign, new Call(MathFunction.Sin, B))),
                    ImmutableArray.Create<Statement>(new Step("v0", IsIncrement: true))
                ),
                new Return(new Binary(ArithmeticOperator.Divide, new Variable("v0"), new Constant(3)))
            )
        );
        var failing = new PropertyCase(program, ImmutableArray.Create(ImmutableArray.Create(0.5, 1.5), ImmutableArray.Create(1.0, 2.0)));
        var checkedPrograms = new List<RandomProgram>();

        var (reduced, outcome) = new ProgramReducer(batch => FailsWhenCallingSine(batch, checkedPrograms), TimeSpan.FromSeconds(30)).Reduce(
            failing,
            FailsWhenCallingSine(new[] { failing }, checkedPrograms)[0]
        );

        var expected = "[Differentiable]\npublic static double F(double a) => Math.Sin(a);\n";
        Assert.Equal(expected, reduced.Program.ToString().ReplaceLineEndings("\n"));
        Assert.Single(reduced.Points);
        Assert.Equal(FailureKind.WrongResult, outcome.Kind);
        Assert.All(checkedPrograms, candidate => Assert.True(WellFormedness.Holds(candidate), candidate.ToString()));
    }

    [Fact]
    public void A_failing_loop_runs_fewer_times_loses_the_parameters_it_does_not_need_and_keeps_its_point_in_step()
    {
        // The stand-in fails on Math.Sin in a loop: the reducer must keep one loop, lower its trip count, and drop
        // n, xs and the coordinates of xs's elements with them.
        var program = HandWorkedLoops.Program with
        {
            Block = HandWorkedLoops.Program.Block.Replace(
                HandWorkedLoops.Program.Block[0],
                new Declare("s", new Call(MathFunction.Sin, A))
            ),
        };
        var loopWithSine = (For)program.Block[2];
        program = program with
        {
            Block = program.Block.SetItem(
                2,
                loopWithSine with
                {
                    Body = loopWithSine.Body.Add(new Assign("p", AssignmentOperator.Assign, new Call(MathFunction.Sin, P))),
                }
            ),
        };
        var failing = new PropertyCase(program, ImmutableArray.Create(HandWorkedLoops.Point.ToImmutableArray()));
        var checkedPrograms = new List<RandomProgram>();

        var (reduced, _) = new ProgramReducer(batch => FailsWhenLooping(batch, checkedPrograms), TimeSpan.FromSeconds(30)).Reduce(
            failing,
            FailsWhenLooping(new[] { failing }, checkedPrograms)[0]
        );

        var expected = """
            [Differentiable]
            public static double F(double a)
            {
                double p = a;
                for (int i = 0; i < 0; i++)
                {
                    p = Math.Sin(p);
                }
                return p;
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), reduced.Program.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(new[] { 2.0 }, reduced.Points.Single());
        Assert.All(checkedPrograms, candidate => Assert.True(WellFormedness.Holds(candidate), candidate.ToString()));
    }

    private static IReadOnlyList<CaseOutcome> FailsWhenLooping(IReadOnlyList<PropertyCase> batch, List<RandomProgram> seen)
    {
        seen.AddRange(batch.Select(propertyCase => propertyCase.Program));
        return batch
            .Select(propertyCase =>
                propertyCase
                    .Program.Block.Where(statement => statement is For or ForEach or While)
                    .SelectMany(ProgramNodes.Expressions)
                    .Any(expression => expression is Call { Function: MathFunction.Sin })
                && propertyCase.Points.All(point => point.Length == propertyCase.Program.CoordinateCount)
                    ? new CaseOutcome(0, Array.Empty<string>(), "Math.Sin and a loop", FailureKind.WrongResult)
                    : CaseOutcome.Passed(1, Array.Empty<string>())
            )
            .ToList();
    }

    private static IReadOnlyList<CaseOutcome> FailsWhenCallingSine(IReadOnlyList<PropertyCase> batch, List<RandomProgram> seen)
    {
        seen.AddRange(batch.Select(propertyCase => propertyCase.Program));
        return batch
            .Select(propertyCase =>
                propertyCase.Program.ToString().Contains("Math.Sin(")
                    ? new CaseOutcome(0, Array.Empty<string>(), "calls Math.Sin", FailureKind.WrongResult)
                    : CaseOutcome.Passed(1, Array.Empty<string>())
            )
            .ToList();
    }
}
