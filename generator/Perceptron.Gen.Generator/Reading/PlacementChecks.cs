using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Diagnostics;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>
/// Where a marked method may stand: static, not generic, and — when members are generated beside it — in types that are
/// all <see langword="partial"/> and none file-local. <see cref="PlacementAnalyzer"/> reports these problems as the user
/// types; the generator only asks <see cref="IsWellPlaced"/> and skips a misplaced method without a word, so each problem
/// is reported once, by one reporter.
/// </summary>
internal static class PlacementChecks
{
    /// <summary>Whether nothing in <see cref="Find"/> stands in the way of reading the method.</summary>
    public static bool IsWellPlaced(IMethodSymbol method, MethodDeclarationSyntax syntax, bool addsMembersToType) =>
        !Find(method, syntax, addsMembersToType).Any();

    /// <summary>Each placement problem of the method, on the span to change.</summary>
    /// <param name="method">The marked method.</param>
    /// <param name="syntax">The declaration the attribute is written on.</param>
    /// <param name="addsMembersToType">
    /// Whether code is generated into the method's type (<c>[Differentiable]</c>, <c>[Model]</c>), which must then be
    /// partial; a <c>[Loss]</c> is read with its model, whose own check covers the type.
    /// </param>
    public static IEnumerable<Diagnostic> Find(IMethodSymbol method, MethodDeclarationSyntax syntax, bool addsMembersToType)
    {
        if (addsMembersToType)
        {
            foreach (var type in syntax.Ancestors().OfType<TypeDeclarationSyntax>())
            {
                if (type.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    yield return Diagnostic.Create(
                        DiagnosticDescriptors.FileLocalType,
                        type.Identifier.GetLocation(),
                        type.Identifier.Text
                    );
                }

                if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    yield return Diagnostic.Create(
                        DiagnosticDescriptors.TypeNotPartial,
                        type.Identifier.GetLocation(),
                        type.Identifier.Text,
                        syntax.Identifier.Text
                    );
                }
            }
        }

        if (!method.IsStatic)
        {
            yield return Diagnostic.Create(DiagnosticDescriptors.MethodNotStatic, syntax.Identifier.GetLocation(), method.Name);
        }

        if (syntax.TypeParameterList is { } typeParameters)
        {
            yield return Diagnostic.Create(DiagnosticDescriptors.GenericMethod, typeParameters.GetLocation(), method.Name);
        }
    }
}
