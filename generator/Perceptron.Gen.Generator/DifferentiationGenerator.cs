using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Emitting;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Reading;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator;

/// <summary>
/// Wires the stages together: find the marked methods, read them into expression graphs, differentiate and emit.
/// Each stage lives in its own folder; this class holds no logic of its own.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DifferentiationGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // [Differentiable] methods: {Name}Gradient beside each.
        var differentiable = context
            .SyntaxProvider.ForAttributeWithMetadataName(
                CalleeResolver.DifferentiableAttributeName,
                IsMethod,
                DifferentiableMethodReader.Read
            )
            .WithTrackingName(TrackingNames.DifferentiableMethods);

        // A gradient that calls the gradient of a method the generator refused would not compile: it is left out too.
        var missingGradients = differentiable
            .Select(
                (read, _) =>
                    (
                        Key: read.GradientKey ?? string.Empty,
                        IsGenerated: read.Value is not null,
                        Calls: read.Value is { } method ? CalledGradients.Of(method.Function) : EquatableArray<string>.Empty
                    )
            )
            .Collect()
            .Select((methods, _) => CalledGradients.Missing(methods))
            .WithTrackingName(TrackingNames.MissingGradients);
        context.RegisterSourceOutput(differentiable.Combine(missingGradients), (output, pair) =>
            Emit(
                output,
                pair.Left.Value is { } method && CalledGradients.Of(method.Function).Any(pair.Right.Contains)
                    ? pair.Left with
                    {
                        Value = null,
                    }
                    : pair.Left,
                method => method.Name,
                GradientEmitter.HintName,
                GradientEmitter.Emit
            )
        );

        // [Model] methods with the [Loss] of their type: Forward, Loss and Backward over samples.
        var models = context
            .SyntaxProvider.ForAttributeWithMetadataName(ModelReader.ModelAttributeName, IsMethod, ModelReader.Read)
            .WithTrackingName(TrackingNames.Models);
        context.RegisterSourceOutput(models, (output, read) =>
            Emit(output, read, pair => pair.ModelName, ModelEmitter.HintName, ModelEmitter.Emit)
        );

        // [DerivativeOf] methods are checked where they are written; calls find them when they are read.
        var suppliedDerivatives = context
            .SyntaxProvider.ForAttributeWithMetadataName(CalleeResolver.DerivativeOfAttributeName, IsMethod, DerivativeOfChecker.Check)
            .WithTrackingName(TrackingNames.SuppliedDerivatives);
        context.RegisterSourceOutput(suppliedDerivatives, (output, read) =>
            Emit(output, read, method => method.Name, GradientEmitter.HintName, GradientEmitter.Emit)
        );

        // A [Loss] alone is reported here; a [Loss] beside its model is read with the model.
        var losses = context
            .SyntaxProvider.ForAttributeWithMetadataName(ModelReader.LossAttributeName, IsMethod, ModelReader.CheckLossHasModel)
            .WithTrackingName(TrackingNames.Losses);
        context.RegisterSourceOutput(losses, (output, read) =>
            Emit(output, read, pair => pair.ModelName, ModelEmitter.HintName, ModelEmitter.Emit)
        );
    }

    private static bool IsMethod(SyntaxNode node, System.Threading.CancellationToken cancellationToken) => node is MethodDeclarationSyntax;

    private static void Emit<T>(
        SourceProductionContext output,
        ReadResult<T> read,
        Func<T, string> methodName,
        Func<T, string> hintName,
        Func<T, string> emit
    )
        where T : class
    {
        foreach (var diagnostic in read.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (read.Value is not { } value)
        {
            return;
        }

        try
        {
            output.AddSource(hintName(value), emit(value));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Models keep no location (it would change with every edit above the method and defeat caching), so this
            // last-resort error names the method instead of pointing at it.
            var message = $"{exception.GetType().Name}: {exception.Message}";
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, methodName(value), message));
        }
    }
}
