using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Emits <c>{Name}Gradient</c> for a <c>[Differentiable]</c> method: the forward pass as the user wrote it, then the
/// backward pass, one commented chain-rule step per line.
/// </summary>
internal static class GradientEmitter
{
    /// <summary>
    /// One file per method; overloads are told apart by their parameter types (<c>F.double,int.Gradient.g.cs</c>), since two
    /// overloads with as many parameters may differ in an int, an array or float for double.
    /// </summary>
    public static string HintName(DifferentiableMethod method) =>
        method.IsOverloaded
            ? $"{method.Type.HintPrefix}.{method.Name}.{string.Join(",", method.Parameters.Select(parameter => HintText(parameter, method.IsSingle)))}.Gradient.g.cs"
            : $"{method.Type.HintPrefix}.{method.Name}.Gradient.g.cs";

    /// <summary>A parameter's type in a file name, in words rather than brackets: <c>doubleArray</c>, <c>ReadOnlySpan{float}</c>.</summary>
    private static string HintText(ParameterModel parameter, bool isSingle)
    {
        var real = isSingle ? "float" : "double";
        return parameter.Kind switch
        {
            ParameterKind.Integer => "int",
            ParameterKind.Array => real + "Array",
            ParameterKind.ReadOnlySpan => $"ReadOnlySpan{{{real}}}",
            ParameterKind.Span => $"Span{{{real}}}",
            _ => real,
        };
    }

    public static string Emit(DifferentiableMethod method) =>
        GeneratedFile.Write(method.Type, $"{method.Type.InnermostName}.{method.Name}", writer =>
        {
            // Straight-line code over scalars reads best as formulas; loops and arrays need the imperative sweep.
            if (
                method.Function.IsStraightLine
                && method.Parameters.All(parameter => parameter.Kind == ParameterKind.Scalar)
                && !method.IsSingle
            )
            {
                WriteMembers(writer, method);
            }
            else
            {
                LoopGradientEmitter.WriteMethod(writer, method);
                if (
                    method.Parameters.All(parameter => !parameter.IsArray) && method.Parameters.Any(parameter => parameter.IsDifferentiated)
                )
                {
                    var differentiated = method.Parameters.Where(parameter => parameter.IsDifferentiated).ToList();
                    var names = new NameScope(method.Parameters.Select(parameter => parameter.Name));
                    var outNames = differentiated.Select(parameter => names.Unique("d" + NameScope.ToPascalCase(parameter.Name))).ToList();
                    var real = NumericType.Of(method.IsSingle).Keyword;
                    var parameterList = string.Join(
                        ", ",
                        method.Parameters.Select(parameter => $"{parameter.TypeTextIn(real)} {Identifiers.Escape(parameter.Name)}")
                    );
                    var cref = $"{method.Name}({string.Join(", ", method.Parameters.Select(parameter => parameter.CrefTypeTextIn(real)))})";
                    WriteTupleOverload(writer, method, differentiated, outNames, parameterList, cref);
                }
            }
        });

    private static void WriteMembers(SourceWriter writer, DifferentiableMethod method)
    {
        var function = method.Function.AsStraightLine();
        var parameters = method.Parameters;
        var names = new NameScope(parameters.Select(parameter => parameter.Name).Concat(UsedNames.Of(method.Function)));
        var differentiated = parameters.Where(parameter => parameter.IsDifferentiated).ToList();
        var outNames = differentiated.Select(parameter => names.Unique("d" + NameScope.ToPascalCase(parameter.Name))).ToList();
        var valueName = names.Unique("value");
        var gradient = ReverseMode.Differentiate(function, differentiated.Select(parameter => parameter.Name).ToList(), names);

        // In formulas a local reads by the user's own name and a named adjoint as the derivative it holds, ∂F/∂t.
        var mathNames = function.Locals.ToDictionary(local => local.Name, local => local.Name);
        foreach (var adjoint in gradient.Adjoints)
        {
            mathNames[adjoint.Name] = $"∂{method.Name}/∂{adjoint.OfLocal}";
        }

        string Code(string variable) => Identifiers.Escape(variable);
        string MathText(string variable) => mathNames.TryGetValue(variable, out var display) ? display : variable;
        string Formula(Expr expression) => MathNotationPrinter.Print(expression, MathText);

        var parameterList = string.Join(", ", parameters.Select(parameter => $"double {Identifiers.Escape(parameter.Name)}"));
        var signatureCref = $"{method.Name}({string.Join(", ", parameters.Select(_ => "double"))})";
        var arguments = string.Join(", ", parameters.Select(parameter => parameter.Name));
        var localFormulas = function.Locals.Select(local => $"{local.Name} = {Formula(local.Value)}");
        var valueFormula = $"{method.Name}({arguments}) = {Formula(function.Result)}";
        var derivativeFormulas = differentiated
            .Select((parameter, index) => $"∂{method.Name}/∂{parameter.Name} = {Formula(gradient.Derivatives[index])}")
            .ToList();

        writer.Doc("<summary>");
        writer.Doc($"The value of <see cref=\"{signatureCref}\"/> and its partial derivatives with respect to");
        var respectTo =
            differentiated.Count == 0
                ? "no parameter"
                : string.Join(", ", differentiated.Select(parameter => $"<paramref name=\"{parameter.Name}\"/>"));
        writer.Doc($"{respectTo}, by reverse-mode differentiation generated at compile time.");
        writer.Doc("</summary>");
        writer.Doc("<remarks>");
        foreach (var formula in localFormulas.Append(valueFormula).Concat(derivativeFormulas))
        {
            writer.Doc($"<para>{SourceWriter.EscapeXml(formula)}</para>");
        }

        if (KinkNote.Applies(method.Function))
        {
            writer.Doc($"<para>{SourceWriter.EscapeXml(KinkNote.Text)}</para>");
        }

        writer.Doc("</remarks>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        var allParameters = parameters
            .Select(parameter => $"double {Identifiers.Escape(parameter.Name)}")
            .Concat(outNames.Select(name => $"out double {name}"));
        writer.Open($"{method.Accessibility} static double {method.Name}Gradient({string.Join(", ", allParameters)})");

        // The whole body as statements, so that common subexpressions are computed once across both passes.
        var statements = function
            .Locals.Select(local => new Statement(StatementKind.Declare, local.Name, local.Value, Guard: local.Guard))
            .ToList();
        statements.Add(new Statement(StatementKind.Declare, valueName, function.Result));
        statements.AddRange(
            gradient.Adjoints.Select(adjoint => new Statement(
                StatementKind.Declare,
                adjoint.Name,
                adjoint.Value,
                $"∂{method.Name}/∂{adjoint.OfLocal} = {Formula(adjoint.Value)}",
                IsBackward: true
            ))
        );
        statements.AddRange(
            outNames.Select(
                (name, index) =>
                    new Statement(StatementKind.Assign, name, gradient.Derivatives[index], derivativeFormulas[index], IsBackward: true)
            )
        );
        statements = CommonSubexpressions.Eliminate(statements, names);

        writer.Line("// Forward pass: the method's own computation.");
        var inBackwardPass = false;
        foreach (var statement in statements)
        {
            if (statement.IsBackward && !inBackwardPass)
            {
                writer.BlankLine();
                writer.Line($"// Backward pass: the chain rule from ∂{method.Name}/∂{method.Name} = 1 back to each parameter.");
                inBackwardPass = true;
            }

            statement.Write(writer, Code);
        }

        writer.Line($"return {valueName};");
        writer.Close();

        if (differentiated.Count > 0)
        {
            WriteTupleOverload(writer, method, differentiated, outNames, parameterList, signatureCref);
        }
    }

    private static void WriteTupleOverload(
        SourceWriter writer,
        DifferentiableMethod method,
        IReadOnlyList<ParameterModel> differentiated,
        IReadOnlyList<string> outNames,
        string parameterList,
        string signatureCref
    )
    {
        var real = NumericType.Of(method.IsSingle).Keyword;
        // Element names follow the out parameters (dX → DX, dX2 → DX2), which are unique even for x and X.
        var tupleType = $"({real} Value, " + string.Join(", ", outNames.Select(name => $"{real} D{name.Substring(1)}")) + ")";
        var arguments = method
            .Parameters.Select(parameter => Identifiers.Escape(parameter.Name))
            .Concat(outNames.Select(name => $"out {real} {name}"));
        writer.BlankLine();
        writer.Doc($"<summary>The value of <see cref=\"{signatureCref}\"/> and its partial derivatives, as a tuple.</summary>");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{method.Accessibility} static {tupleType} {method.Name}Gradient({parameterList})");
        var valueName = new NameScope(method.Parameters.Select(parameter => parameter.Name).Concat(outNames)).Unique("value");
        writer.Line($"{real} {valueName} = {method.Name}Gradient({string.Join(", ", arguments)});");
        writer.Line($"return ({valueName}, {string.Join(", ", outNames)});");
        writer.Close();
    }
}
