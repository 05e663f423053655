using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>How a generated statement writes its target.</summary>
internal enum StatementKind
{
    /// <summary><c>double target = value;</c></summary>
    Declare,

    /// <summary><c>target = value;</c>, to an <c>out</c> parameter.</summary>
    Assign,

    /// <summary><c>target += value;</c>, to a running sum.</summary>
    Accumulate,
}

/// <summary>One line of generated code, with the comment that explains it.</summary>
/// <param name="Kind">How the target is written.</param>
/// <param name="Target">The local, <c>out</c> parameter or sum written.</param>
/// <param name="Value">The expression computed.</param>
/// <param name="Comment">The chain-rule step in math notation, written above the line.</param>
/// <param name="IsBackward">Whether the line belongs to the backward pass; a temporary takes the pass of its first use.</param>
/// <param name="Guard">For a forward local computed inside a branch: the branch's condition.</param>
internal sealed record Statement(
    StatementKind Kind,
    string Target,
    Expr Value,
    string? Comment = null,
    bool IsBackward = false,
    Condition? Guard = null
)
{
    public void Write(SourceWriter writer, System.Func<string, string> variableText, NumericType? numeric = null)
    {
        var real = numeric ?? NumericType.Double;
        if (Comment is not null)
        {
            writer.Line("// " + Comment);
        }

        if (Kind == StatementKind.Declare && (Guard is not null || Value is UserCall))
        {
            LocalWriter.Write(writer, Target, Value, Guard, variableText, real);
            return;
        }

        var value = CSharpExpressionPrinter.Print(Value, variableText, real);
        writer.Line(
            Kind switch
            {
                StatementKind.Declare => $"{real.Keyword} {Target} = {value};",
                StatementKind.Assign => $"{Target} = {value};",
                _ => $"{Target} += {value};",
            }
        );
    }
}
