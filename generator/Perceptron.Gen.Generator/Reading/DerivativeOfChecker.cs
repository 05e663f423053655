using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Checks each <c>[DerivativeOf]</c> method against the method it names, where the user wrote the attribute.</summary>
internal static class DerivativeOfChecker
{
    /// <summary>A <see cref="ReadResult{T}"/> that only ever carries diagnostics: there is nothing to generate.</summary>
    public static ReadResult<DifferentiableMethod> Check(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol derivative || context.TargetNode is not MethodDeclarationSyntax syntax)
        {
            return ReadResult<DifferentiableMethod>.Nothing;
        }

        return GeneratorSafety.Guard(syntax.Identifier, derivative.Name, () =>
        {
            var attribute = context.Attributes[0];
            var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken));
            var originals = CalleeResolver.NamedOriginals(attribute, derivative.ContainingType).ToList();
            var targetName = attribute.ConstructorArguments.LastOrDefault().Value as string ?? "?";
            var targetType = attribute.ConstructorArguments is [{ Value: INamedTypeSymbol type }, _]
                ? type.Name
                : derivative.ContainingType.Name;
            if (originals.Count == 0)
            {
                var notFound = DiagnosticInfo.Create(
                    DiagnosticDescriptors.DerivativeTargetNotFound,
                    location,
                    derivative.Name,
                    targetName,
                    targetType
                );
                return new ReadResult<DifferentiableMethod>(null, EquatableArray.Create(notFound));
            }

            if (originals.Any(original => CalleeResolver.FitsAsDerivativeOf(derivative, original)))
            {
                return ReadResult<DifferentiableMethod>.Nothing;
            }

            var misfit = DiagnosticInfo.Create(DiagnosticDescriptors.DerivativeDoesNotFit, location, derivative.Name, targetName);
            return new ReadResult<DifferentiableMethod>(null, EquatableArray.Create(misfit));
        });
    }
}
