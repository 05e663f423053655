using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Reads a <c>[Model]</c> method and the <c>[Loss]</c> method of the same type into a <see cref="ModelAndLoss"/>.</summary>
internal static class ModelReader
{
    public const string ModelAttributeName = "Perceptron.Gen.ModelAttribute";
    public const string LossAttributeName = "Perceptron.Gen.LossAttribute";
    public const string DataAttributeName = "Perceptron.Gen.DataAttribute";

    public static ReadResult<ModelAndLoss> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol model || context.TargetNode is not MethodDeclarationSyntax syntax)
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        return GeneratorSafety.Guard(syntax.Identifier, model.Name, () => ReadChecked(context, model, syntax, cancellationToken));
    }

    /// <summary>For a <c>[Loss]</c> method: reports a loss that has no model beside it; the model's reader does the rest.</summary>
    public static ReadResult<ModelAndLoss> CheckLossHasModel(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol loss || context.TargetNode is not MethodDeclarationSyntax syntax)
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        if (MarkedMethods(loss.ContainingType, ModelAttributeName).Any())
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        var diagnostic = DiagnosticInfo.Create(
            DiagnosticDescriptors.LossWithoutModel,
            LocationInfo.From(syntax.Identifier),
            loss.Name,
            loss.ContainingType.Name
        );
        return new ReadResult<ModelAndLoss>(null, EquatableArray.Create(diagnostic));
    }

    private static ReadResult<ModelAndLoss> ReadChecked(
        GeneratorAttributeSyntaxContext context,
        IMethodSymbol model,
        MethodDeclarationSyntax syntax,
        CancellationToken cancellationToken
    )
    {
        if (SignatureChecks.HasCompileErrors(context.SemanticModel, syntax, cancellationToken))
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        // PlacementAnalyzer reports a misplaced model; reading it too would report the same problem twice.
        if (!PlacementChecks.IsWellPlaced(model, syntax, addsMembersToType: true))
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var type = model.ContainingType;
        var models = MarkedMethods(type, ModelAttributeName).ToList();
        if (!SymbolEqualityComparer.Default.Equals(models[0], model))
        {
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateModelMember, LocationInfo.From(syntax.Identifier), type.Name, "Model")
            );
        }

        SignatureChecks.CheckMethod(model, syntax, diagnostics);
        var isData = model.Parameters.Select(IsData).ToList();
        if (!isData.Contains(false))
        {
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.ModelWithoutParameters, LocationInfo.From(syntax.ParameterList), model.Name)
            );
        }

        var losses = MarkedMethods(type, LossAttributeName).ToList();
        var lossSyntax = losses.Count == 0 ? null : SyntaxOf(losses[0], cancellationToken);
        if (losses.Count == 0 || lossSyntax is null)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.ModelWithoutLoss, LocationInfo.From(syntax.Identifier), model.Name, type.Name)
            );
            return new ReadResult<ModelAndLoss>(null, diagnostics.ToEquatableArray());
        }

        foreach (var extraLoss in losses.Skip(1))
        {
            var extraSyntax = SyntaxOf(extraLoss, cancellationToken);
            diagnostics.Add(
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateModelMember,
                    LocationInfo.From(extraSyntax?.Identifier ?? syntax.Identifier),
                    type.Name,
                    "Loss"
                )
            );
        }

        var loss = losses[0];
        var lossModel =
            context.SemanticModel.SyntaxTree == lossSyntax.SyntaxTree
                ? context.SemanticModel
                : context.SemanticModel.Compilation.GetSemanticModel(lossSyntax.SyntaxTree);
        // A loss that does not compile is the compiler's to report, a misplaced one PlacementAnalyzer's.
        if (
            SignatureChecks.HasCompileErrors(lossModel, lossSyntax, cancellationToken)
            || !PlacementChecks.IsWellPlaced(loss, lossSyntax, addsMembersToType: false)
        )
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        SignatureChecks.CheckMethod(loss, lossSyntax, diagnostics);
        if (loss.Parameters.Length != 2)
        {
            diagnostics.Add(
                DiagnosticInfo.Create(DiagnosticDescriptors.InvalidLossSignature, LocationInfo.From(lossSyntax.ParameterList), loss.Name)
            );
        }

        if (diagnostics.Count > 0)
        {
            return new ReadResult<ModelAndLoss>(null, diagnostics.ToEquatableArray());
        }

        var modelBody = MethodBodyBinder.Bind(context.SemanticModel, syntax, cancellationToken);
        var lossBody = MethodBodyBinder.Bind(context.SemanticModel, lossSyntax, cancellationToken);
        if (modelBody is null || lossBody is null)
        {
            return ReadResult<ModelAndLoss>.Nothing;
        }

        var modelFunction = OperationReader.Read(model, modelBody, allowLoops: false);
        var lossFunction = OperationReader.Read(loss, lossBody, allowLoops: false);
        var bodyDiagnostics = modelFunction.Diagnostics.Concat(lossFunction.Diagnostics).ToEquatableArray();
        if (modelFunction.Value is null || lossFunction.Value is null)
        {
            return new ReadResult<ModelAndLoss>(null, bodyDiagnostics);
        }

        var parameters = model.Parameters.Select((parameter, index) => new ParameterModel(parameter.Name, !isData[index]));
        var result = new ModelAndLoss(
            SignatureChecks.TypeContextOf(syntax, model),
            SignatureChecks.AccessibilityKeyword(model.DeclaredAccessibility),
            model.Name,
            parameters.ToEquatableArray(),
            modelFunction.Value.AsStraightLine(),
            loss.Name,
            loss.Parameters[0].Name,
            loss.Parameters[1].Name,
            lossFunction.Value.AsStraightLine(),
            VectorApi.IsAvailable(context.SemanticModel.Compilation)
        );
        return new ReadResult<ModelAndLoss>(result, EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>Whether the parameter is marked <c>[Data]</c>: a per-sample input, never differentiated.</summary>
    public static bool IsData(IParameterSymbol parameter) =>
        parameter.GetAttributes().Any(attribute => IsAttribute(attribute, DataAttributeName));

    private static IEnumerable<IMethodSymbol> MarkedMethods(INamedTypeSymbol type, string attributeName) =>
        type.GetMembers()
            .OfType<IMethodSymbol>()
            .Where(method => method.GetAttributes().Any(attribute => IsAttribute(attribute, attributeName)))
            .OrderBy(method => method.Locations.FirstOrDefault()?.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(method => method.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0);

    private static bool IsAttribute(AttributeData attribute, string fullName) => TypeNames.Is(attribute.AttributeClass, fullName);

    private static MethodDeclarationSyntax? SyntaxOf(IMethodSymbol method, CancellationToken cancellationToken) =>
        method
            .DeclaringSyntaxReferences.Select(reference => reference.GetSyntax(cancellationToken))
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault();
}
