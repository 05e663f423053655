using Microsoft.CodeAnalysis;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Tells the kinds of parameter a differentiable method may take.</summary>
internal static class ParameterKinds
{
    public static ParameterKind? Of(IParameterSymbol parameter, SpecialType realType = SpecialType.System_Double)
    {
        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            return null;
        }

        var type = parameter.Type;
        if (type.SpecialType == realType)
        {
            return ParameterKind.Scalar;
        }

        if (type.SpecialType == SpecialType.System_Int32)
        {
            return ParameterKind.Integer;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array && array.ElementType.SpecialType == realType)
        {
            return ParameterKind.Array;
        }

        if (
            type is INamedTypeSymbol { IsGenericType: true, TypeArguments: [var element] } span
            && element.SpecialType == realType
            && TypeNames.IsNamespace(span.ContainingNamespace, "System")
        )
        {
            return span.Name switch
            {
                "ReadOnlySpan" => ParameterKind.ReadOnlySpan,
                "Span" => ParameterKind.Span,
                _ => null,
            };
        }

        return null;
    }
}
