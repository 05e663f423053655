using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>
/// Runs a <see cref="RandomProgram"/> on <see cref="Dual"/> numbers, statement by statement as C# would. On the way it
/// records the path taken — every comparison's outcome and which side of each kink or jump a value fell — so points near
/// a branch boundary or kink can be recognised by a path that changes nearby, and it watches for poles and huge values.
/// </summary>
public sealed partial class ProgramInterpreter
{
    /// <summary>A denominator or singular argument closer than this to its pole makes the point unfit.</summary>
    public const double PoleDistance = 0.05;

    /// <summary>Values or derivatives larger than this make the point unfit: finite differences lose their digits.</summary>
    public const double LargestMagnitude = 1e6;

    private readonly Dictionary<string, Dual> variables;

    /// <summary>The ints: the parameter <c>n</c> and the indices of the loops running.</summary>
    private readonly Dictionary<string, int> integers = new();

    /// <summary>The elements of <c>xs</c>.</summary>
    private readonly Dual[] sequence;
    private readonly ImmutableArray<Decision>.Builder path = ImmutableArray.CreateBuilder<Decision>();
    private string? unfitReason;
    private double largestDerivative;
    private Dual returned;

    private ProgramInterpreter(Dictionary<string, Dual> variables, Dual[] sequence)
    {
        this.variables = variables;
        this.sequence = sequence;
    }

    /// <summary>
    /// The program at <paramref name="point"/> (its double parameters, then the elements of <c>xs</c>), differentiated with
    /// respect to coordinate <paramref name="seeded"/>.
    /// </summary>
    public static Evaluation Evaluate(RandomProgram program, IReadOnlyList<double> point, int seeded = -1)
    {
        var names = program.ParameterNames;
        var coordinates = Enumerable
            .Range(0, program.CoordinateCount)
            .Select(index => new Dual(point[index], index == seeded ? 1 : 0))
            .ToArray();
        var interpreter = new ProgramInterpreter(
            Enumerable.Range(0, names.Length).ToDictionary(index => names[index], index => coordinates[index]),
            coordinates[names.Length..]
        );
        if (program.Count is { } count)
        {
            interpreter.integers[RandomProgram.CountName] = count;
        }

        var result =
            program.ExpressionBody is { } body ? interpreter.Evaluate(body)
            : interpreter.Execute(program.Block) == Flow.Returned ? interpreter.returned
            : throw new InvalidOperationException("The program ended without a return.");
        return new Evaluation(result, interpreter.path.ToImmutable(), interpreter.unfitReason)
        {
            LargestDerivative = interpreter.largestDerivative,
        };
    }

    /// <summary>The plain double value, as the compiled method computes it.</summary>
    public static double Value(RandomProgram program, IReadOnlyList<double> point) => Evaluate(program, point).Result.Value;

    /// <summary>Runs a block: to its end, or until a <c>return</c> (its value is then in <see cref="returned"/>), <c>break</c> or <c>continue</c>.</summary>
    private Flow Execute(ImmutableArray<Statement> block)
    {
        foreach (var statement in block)
        {
            var flow = Flow.Normal;
            switch (statement)
            {
                case Declare declare:
                    variables[declare.Name] = Evaluate(declare.Value);
                    break;
                case Assign assign:
                    variables[assign.Name] = Assigned(assign);
                    break;
                case Step step:
                    variables[step.Name] = Watch(variables[step.Name] + Dual.Constant(step.IsIncrement ? 1 : -1));
                    break;
                case If branch:
                    flow = Test(branch.Test) ? Execute(branch.Then) : Execute(branch.Else);
                    break;
                case Return result:
                    returned = Evaluate(result.Value);
                    flow = Flow.Returned;
                    break;
                case For or ForEach or While or Programs.Jump:
                    flow = ExecuteLoopStatement(statement);
                    break;
                default:
                    throw new NotSupportedException($"The interpreter has no rule for {statement.GetType().Name}.");
            }

            if (flow != Flow.Normal)
            {
                return flow;
            }
        }

        return Flow.Normal;
    }

    /// <summary>A compound assignment <c>x op= e</c> is <c>x = x op (e)</c> in C#, and so here.</summary>
    private Dual Assigned(Assign assign)
    {
        var value = Evaluate(assign.Value);
        var current = variables[assign.Name];
        return assign.Operator switch
        {
            AssignmentOperator.Assign => value,
            AssignmentOperator.AddAssign => Watch(current + value),
            AssignmentOperator.SubtractAssign => Watch(current - value),
            AssignmentOperator.MultiplyAssign => Watch(current * value),
            _ => Watch(Divide(current, value)),
        };
    }

    private Dual Evaluate(Expr expression) =>
        Watch(
            expression switch
            {
                Variable variable => variables[variable.Name],
                Constant constant => Dual.Constant(constant.Value),
                Negate negate => -Evaluate(negate.Operand),
                Binary binary => Arithmetic(binary.Operator, Evaluate(binary.Left), Evaluate(binary.Right)),
                Call call => Apply(call.Function, call.Arguments.Select(Evaluate).ToArray()),
                ScaleB scale => Dual.ScaleB(Evaluate(scale.Value), scale.Exponent),
                Conditional conditional => Test(conditional.Test) ? Evaluate(conditional.WhenTrue) : Evaluate(conditional.WhenFalse),
                IntegerValue integer => Dual.Constant(integers[integer.Name]),
                Element element => ElementAt(element),
                _ => throw new NotSupportedException($"The interpreter has no rule for {expression.GetType().Name}."),
            }
        );

    private Dual Arithmetic(ArithmeticOperator op, Dual left, Dual right) =>
        op switch
        {
            ArithmeticOperator.Add => left + right,
            ArithmeticOperator.Subtract => left - right,
            ArithmeticOperator.Multiply => left * right,
            _ => Divide(left, right),
        };

    private Dual Divide(Dual numerator, Dual denominator)
    {
        Near(Math.Abs(denominator.Value), PoleDistance, "a denominator near 0");
        return numerator / denominator;
    }

    /// <summary>Conditions short-circuit as in C#, so only the comparisons C# evaluates are watched.</summary>
    private bool Test(Condition condition)
    {
        switch (condition)
        {
            case Comparison comparison:
                var left = Evaluate(comparison.Left).Value;
                var right = Evaluate(comparison.Right).Value;
                var outcome = comparison.Operator switch
                {
                    ComparisonOperator.Less => left < right,
                    ComparisonOperator.LessOrEqual => left <= right,
                    ComparisonOperator.Greater => left > right,
                    ComparisonOperator.GreaterOrEqual => left >= right,
                    ComparisonOperator.Equal => left == right,
                    _ => left != right,
                };
                Decide("a comparison", outcome ? 1 : 0);
                return outcome;
            case Logical logical:
                return logical.IsAnd ? Test(logical.Left) && Test(logical.Right) : Test(logical.Left) || Test(logical.Right);
            case Not not:
                return !Test(not.Operand);
            default:
                throw new NotSupportedException($"The interpreter has no rule for {condition.GetType().Name}.");
        }
    }

    /// <summary>Records which way the path went at a branch, kink or jump.</summary>
    private void Decide(string what, double side) => path.Add(new Decision(what, side));

    /// <summary>Marks the point unfit when <paramref name="distance"/> is under <paramref name="limit"/> (or NaN).</summary>
    private void Near(double distance, double limit, string what)
    {
        if (!(distance >= limit))
        {
            unfitReason ??= $"{what} ({distance:G3})";
        }
    }

    private Dual Watch(Dual value)
    {
        if (!(Math.Abs(value.Value) <= LargestMagnitude && Math.Abs(value.Derivative) <= LargestMagnitude))
        {
            unfitReason ??= $"a large or non-finite value ({value.Value:G3}, derivative {value.Derivative:G3})";
        }

        largestDerivative = Math.Max(largestDerivative, Math.Abs(value.Derivative));

        return value;
    }
}
