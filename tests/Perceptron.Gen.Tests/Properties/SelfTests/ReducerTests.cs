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
