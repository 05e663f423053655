using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Perceptron.Gen.Generator.Reading;

namespace Perceptron.Gen.Generator.Diagnostics;

/// <summary>
/// Reports a marked method that stands where no code can be generated for it — a type that is not partial (PGEN001) or
/// file-local (PGEN015), an instance method (PGEN002), a generic method (PGEN012) — live in the editor, where a code fix
/// can offer to add <see langword="partial"/>. The generator skips such a method silently, so each problem is reported
/// here alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlacementAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
            DiagnosticDescriptors.TypeNotPartial,
            DiagnosticDescriptors.MethodNotStatic,
            DiagnosticDescriptors.GenericMethod,
            DiagnosticDescriptors.FileLocalType
        );

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeMethod, SymbolKind.Method);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;

        // The declaration each attribute is written on: the part of a partial method the generator reads too.
        var declarations = new Dictionary<MethodDeclarationSyntax, bool>();
        foreach (var attribute in method.GetAttributes())
        {
            if (
                MarkKind(attribute.AttributeClass) is not { } addsMembersToType
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not { } attributeSyntax
                || attributeSyntax.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } declaration
            )
            {
                continue;
            }

            declarations.TryGetValue(declaration, out var addsAlready);
            declarations[declaration] = addsAlready || addsMembersToType;
        }

        foreach (var pair in declarations)
        {
            foreach (var diagnostic in PlacementChecks.Find(method, pair.Key, pair.Value))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>
    /// For one of the attributes the generator reads a method for: whether code is generated into the method's type
    /// (<c>[Differentiable]</c>, <c>[Model]</c>) or not (<c>[Loss]</c>); null for any other attribute.
    /// </summary>
    private static bool? MarkKind(INamedTypeSymbol? attributeClass)
    {
        // Names compared without formatting them: this runs for every attribute of every method, as the user types.
        return TypeNames.Is(attributeClass, CalleeResolver.DifferentiableAttributeName)
            || TypeNames.Is(attributeClass, ModelReader.ModelAttributeName)
                ? true
            : TypeNames.Is(attributeClass, ModelReader.LossAttributeName) ? false
            : null;
    }
}
