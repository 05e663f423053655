using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>The floating-point type of a differentiable method: float when it returns float, double otherwise.</summary>
internal static class RealTypes
{
    public static SpecialType Of(IMethodSymbol method) =>
        method.ReturnType.SpecialType == SpecialType.System_Single ? SpecialType.System_Single : SpecialType.System_Double;
}
