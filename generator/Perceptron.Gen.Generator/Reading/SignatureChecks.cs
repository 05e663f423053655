using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
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

    /// <summary>
    /// Checks a well-placed method (see <see cref="PlacementChecks"/>) returns a double and takes doubles — and, where
    /// <paramref name="allowArrays"/>, also ints and double arrays or spans.
    /// </summary>
    public static void CheckMethod(
        IMethodSymbol method,
        MethodDeclarationSyntax syntax,
        List<DiagnosticInfo> diagnostics,
        bool allowArrays = false
    )
    {
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
    /// The cheap signs that the method does not compile, from what reading it computes anyway: a syntax error, a type
    /// that did not bind in its signature, an operation in its body that the compiler could not bind, or the method
    /// outside every type (a broken declaration before it, such as <c>class A A {</c>, leaves it at namespace level with
    /// the compiler's error outside its span). They find
    /// nearly every error. The full check, <see cref="HasCompileErrors"/>, binds and flow-analyses the method a second
    /// time and costs more than reading and differentiating it, so it only confirms an error the generator is about to
    /// report; a method that shows none of these signs and reads cleanly is generated without it.
    /// </summary>
    public static bool ShowsCompileErrors(IMethodSymbol method, MethodDeclarationSyntax syntax) =>
        syntax.Parent is not TypeDeclarationSyntax
        || (syntax.ContainsDiagnostics && syntax.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        || method.ReturnType.TypeKind == TypeKind.Error
        || method.Parameters.Any(parameter => parameter.Type.TypeKind == TypeKind.Error)
        || IsDeclaredTwice(method);

    /// <summary>Another method of the type with the same name and parameters (CS0111): both would claim one generated file.</summary>
    private static bool IsDeclaredTwice(IMethodSymbol method) =>
        method.ContainingType is { } type
        && type.GetMembers(method.Name)
            .OfType<IMethodSymbol>()
            .Any(other =>
                !SymbolEqualityComparer.Default.Equals(other, method)
                && other.Parameters.Length == method.Parameters.Length
                && other
                    .Parameters.Zip(method.Parameters, (mine, theirs) => (mine, theirs))
                    .All(pair =>
                        pair.mine.RefKind == pair.theirs.RefKind && SymbolEqualityComparer.Default.Equals(pair.mine.Type, pair.theirs.Type)
                    )
            );

    /// <inheritdoc cref="ShowsCompileErrors(IMethodSymbol, MethodDeclarationSyntax)"/>
    public static bool ShowsCompileErrors(IOperation body)
    {
        // A walk of its own rather than Descendants(), which allocates as it goes; every marked body passes through here.
        if (body is IInvalidOperation or IConversionOperation { Conversion.Exists: false } || body.Type is { TypeKind: TypeKind.Error })
        {
            return true;
        }

        foreach (var child in body.ChildOperations)
        {
            if (ShowsCompileErrors(child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the method's own code has compile errors; then the compiler speaks and the generator keeps quiet.</summary>
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
