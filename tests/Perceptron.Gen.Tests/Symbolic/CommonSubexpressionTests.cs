using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Emitting;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;
using Xunit;

namespace Perceptron.Gen.Tests.Symbolic;

/// <summary>Repeated subexpressions are computed once, wherever they sit.</summary>
public class CommonSubexpressionTests
{
    /// <summary>
    /// The log-cosh loss: ln(cosh(p − t)) and its adjoint (1/cosh(p − t) == 0 ? 0 : 1/cosh(p − t)·sinh(p − t)), where the
    /// repeats sit under a guarded product, which is never named itself. Found by a new user: cosh was computed three times.
    /// </summary>
    [Fact]
    public void Repeats_under_a_part_that_is_never_named_are_named()
    {
        var difference = new Binary(BinaryOperator.Subtract, new Variable("p"), new Variable("t"));
        var cosh = new Call(MathFunction.Cosh, EquatableArray.Create<Expr>(difference));
        var sinh = new Call(MathFunction.Sinh, EquatableArray.Create<Expr>(difference));
        var reciprocal = new Binary(BinaryOperator.Divide, Constant.One, cosh);
        var statements = new List<Statement>
        {
            new(StatementKind.Accumulate, "lossSum", new Call(MathFunction.Log, EquatableArray.Create<Expr>(cosh))),
            new(StatementKind.Declare, "dP", new GuardedProduct(reciprocal, new Binary(BinaryOperator.Multiply, reciprocal, sinh))),
        };

        var result = CommonSubexpressions.Eliminate(statements, new NameScope(new[] { "p", "t" }));

        Assert.Equal(new[] { "difference", "cosh", "lossSum", "quotient", "dP" }, result.Select(statement => statement.Target));
        Assert.Equal(new Binary(BinaryOperator.Divide, Constant.One, new Variable("cosh")), result[3].Value);
        var adjoint = Assert.IsType<GuardedProduct>(result[4].Value);
        Assert.Equal(new Variable("quotient"), adjoint.Guard);
    }
}
