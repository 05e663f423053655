using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>The checks every differentiated method passes before its body is read, each reported on the span to fix.</summary>
internal static class SignatureChecks
{
    public const string DoublesOnly = "Perceptron.Gen differentiates double values only";

    private const string ParametersAllowed =
        "a differentiable method takes parameters of its own floating-point type T (double or float), int, T[], ReadOnlySpan<T> or Span<T>, none of them ref, out, in or params";

    /// <summary>Checks that members can be added beside <paramref name="syntax"/>: every enclosing type is partial.</summary>
    public static void CheckContainingTypesArePartial(MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        foreach (var type in syntax.Ancestors().OfType<TypeDeclarationSyntax>())
        {
            if (type.Modifiers.Any(SyntaxKind.FileKeyword))
            {
                diagnostics.Add(
                    DiagnosticInfo.Create(DiagnosticDescriptors.FileLocalType, LocationInfo.From(type.Identifier), type.Identifier.Text)
                );
            }

            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(
                    DiagnosticInfo.Create(
                        DiagnosticDescriptors.TypeNotPartial,
                        LocationInfo.From(type.Identifier),
                        type.Identifier.Text,
                        syntax.Identifier.Text
                    )
                );
            }
        }
    }

    /// <summary>
    /// Checks a method is static, not generic, returns a double and takes doubles — and, where
    /// <paramref name="allowArrays"/>, also ints and double arrays or spans.
    /// </summary>
    public static void CheckMethod(
        IMethodSymbol method,
        MethodDeclarationSyntax syntax,
        List<DiagnosticInfo> diagnostics,
        bool allowArrays = false
    )
    {
        if (!method.IsStatic)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.MethodNotStatic, LocationInfo.From(syntax.Identifier), method.Name)
            );
        }

        if (method.IsGenericMethod)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.GenericMethod, LocationInfo.From(syntax.TypeParameterList), method.Name)
            );
        }

        var realType = allowArrays ? RealTypes.Of(method) : SpecialType.System_Double;
        if (method.ReturnType.SpecialType != realType || method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedType,
                    LocationInfo.From(syntax.ReturnType),
                    "The result",
                    method.Name,
                    syntax.ReturnType.ToString(),
                    allowArrays ? "a differentiable method returns a double, or a float when it computes in float" : DoublesOnly
                )
            );
        }

        for (var index = 0; index < method.Parameters.Length; index++)
        {
            var parameter = method.Parameters[index];
            var kind = ParameterKinds.Of(parameter, realType);
            if (kind is null || (!allowArrays && kind != ParameterKind.Scalar))
            {
                var parameterSyntax = syntax.ParameterList.Parameters[index];
                var typeText = string.Join(
                    " ",
                    parameterSyntax.Modifiers.Select(modifier => modifier.Text).Append(parameterSyntax.Type?.ToString() ?? "?")
                );
                // The span covers the modifiers too: in "ref double x" it is "ref double" that must change.
                var typeEnd = parameterSyntax.Type?.Span.End ?? parameterSyntax.Span.End;
                var typeStart =
                    parameterSyntax.Modifiers.Count > 0
                        ? parameterSyntax.Modifiers[0].SpanStart
                        : parameterSyntax.Type?.SpanStart ?? parameterSyntax.SpanStart;
                diagnostics.Add(
                    DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnsupportedType,
                        LocationInfo.From(syntax.SyntaxTree, TextSpan.FromBounds(typeStart, typeEnd)),
                        $"Parameter '{parameter.Name}'",
                        method.Name,
                        typeText,
                        allowArrays ? ParametersAllowed : DoublesOnly
                    )
                );
            }
        }

        if (syntax.Body is null && syntax.ExpressionBody is null)
        {
            var construct = method.IsPartialDefinition
                ? "the declaration of a partial method (put the attribute on the part with the body)"
                : "a method without a body";
            diagnostics.Add(
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedStatement,
                    LocationInfo.From(syntax.Identifier),
                    method.Name,
                    construct
                )
            );
        }
    }

    /// <summary>
    /// Whether the method's own code has compile errors, or the method is outside every type (a broken declaration before
    /// it, such as <c>class A A {</c>, leaves it at namespace level with the compiler's error outside its span); then the
    /// compiler speaks and the generator keeps quiet.
    /// </summary>
    public static bool HasCompileErrors(
        SemanticModel semanticModel,
        MethodDeclarationSyntax syntax,
        System.Threading.CancellationToken cancellationToken
    ) =>
        syntax.Parent is not TypeDeclarationSyntax
        || semanticModel.GetDiagnostics(syntax.Span, cancellationToken).Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public static string AccessibilityKeyword(Accessibility accessibility) =>
        accessibility switch
        {
            Accessibility.Public => "public",
            Accessibility.Internal => "internal",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedOrInternal => "protected internal",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };

    /// <summary>The namespace and enclosing types of the method, as the emitter reopens them.</summary>
    public static TypeContext TypeContextOf(MethodDeclarationSyntax syntax, IMethodSymbol method)
    {
        var types = syntax
            .Ancestors()
            .OfType<TypeDeclarationSyntax>()
            .Reverse()
            .Select(type => new ContainingType(
                KeywordOf(type),
                type.Identifier.Text + (type.TypeParameterList?.ToString() ?? string.Empty)
            ))
            .ToEquatableArray();
        var containingNamespace = method.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;
        return new TypeContext(containingNamespace, types);
    }

    private static string KeywordOf(TypeDeclarationSyntax type) =>
        type is RecordDeclarationSyntax record && !record.ClassOrStructKeyword.IsKind(SyntaxKind.None)
            ? $"record {record.ClassOrStructKeyword.Text}"
            : type.Keyword.Text;
}
