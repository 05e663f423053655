using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>How a call to another method is differentiated: through which method, with a partial for which arguments.</summary>
/// <param name="Gradient">The fully qualified method that returns the callee's value and writes its partial derivatives.</param>
/// <param name="HasPartial">For each parameter of the callee, whether that method writes its partial derivative.</param>
internal sealed record CalleeDerivative(string Gradient, IReadOnlyList<bool> HasPartial);

/// <summary>
/// Finds the derivative of a called method: its generated gradient when it is <c>[Differentiable]</c>, else a method
/// marked <c>[DerivativeOf]</c> in its type or in the caller's.
/// </summary>
internal static class CalleeResolver
{
    public const string DerivativeOfAttributeName = "Perceptron.Gen.DerivativeOfAttribute";
    public const string DifferentiableAttributeName = "Perceptron.Gen.DifferentiableAttribute";

    /// <summary>The derivative of <paramref name="callee"/>, or the reason there is none, in words for a diagnostic.</summary>
    public static (CalleeDerivative? Derivative, string? Problem) Resolve(
        IMethodSymbol callee,
        INamedTypeSymbol callerType,
        SpecialType realType = SpecialType.System_Double
    )
    {
        var calleeName = $"{callee.ContainingType.Name}.{callee.Name}";
        var typeName = realType == SpecialType.System_Single ? "float" : "double";
        if (
            !callee.IsStatic
            || callee.IsGenericMethod
            || callee.ReturnType.SpecialType != realType
            || callee.Parameters.Any(parameter =>
                ParameterKinds.Of(parameter, realType) is not (Model.ParameterKind.Scalar or Model.ParameterKind.Integer)
            )
        )
        {
            return (
                null,
                $"a call to '{calleeName}', which is not a static method of {typeName} and int parameters returning a {typeName}"
            );
        }

        var differentiable = (callee.PartialImplementationPart ?? callee)
            .GetAttributes()
            .Concat(callee.GetAttributes())
            .FirstOrDefault(attribute => TypeNames.Is(attribute.AttributeClass, DifferentiableAttributeName));
        if (differentiable is not null)
        {
            var named = differentiable.ConstructorArguments is [{ Kind: TypedConstantKind.Array } list]
                ? list.Values.Select(value => value.Value as string).ToList()
                : new List<string?>();
            var hasPartial = callee
                .Parameters.Select(parameter =>
                    ParameterKinds.Of(parameter, realType) == Model.ParameterKind.Scalar
                    && (named.Count == 0 || named.Contains(parameter.Name))
                    && !ModelReader.IsData(parameter)
                )
                .ToList();
            return (new CalleeDerivative($"{Qualified(callee.ContainingType)}.{callee.Name}Gradient", hasPartial), null);
        }

        foreach (var candidate in SuppliedDerivatives(callee, callerType))
        {
            if (!FitsAsDerivativeOf(candidate, callee))
            {
                return (
                    null,
                    $"a call to '{calleeName}', whose [DerivativeOf] method '{candidate.Name}' does not have the shape PGEN013 describes"
                );
            }

            var hasPartial = callee.Parameters.Select(parameter => ParameterKinds.Of(parameter) == Model.ParameterKind.Scalar).ToList();
            return (new CalleeDerivative($"{Qualified(candidate.ContainingType)}.{candidate.Name}", hasPartial), null);
        }

        return (null, $"a call to '{calleeName}', which has neither [Differentiable] nor a [DerivativeOf] method,");
    }

    /// <summary>
    /// Whether <paramref name="derivative"/> fits <paramref name="original"/>: static, returning a double, taking the
    /// original's parameters and then one <c>out double</c> per double parameter.
    /// </summary>
    public static bool FitsAsDerivativeOf(IMethodSymbol derivative, IMethodSymbol original)
    {
        var doubles = original.Parameters.Count(parameter => parameter.Type.SpecialType == SpecialType.System_Double);
        var parameters = derivative.Parameters;
        if (
            !derivative.IsStatic
            || derivative.ReturnType.SpecialType != SpecialType.System_Double
            || parameters.Length != original.Parameters.Length + doubles
        )
        {
            return false;
        }

        for (var index = 0; index < original.Parameters.Length; index++)
        {
            if (
                !SymbolEqualityComparer.Default.Equals(parameters[index].Type, original.Parameters[index].Type)
                || parameters[index].RefKind != RefKind.None
            )
            {
                return false;
            }
        }

        return parameters
            .Skip(original.Parameters.Length)
            .All(parameter => parameter.RefKind == RefKind.Out && parameter.Type.SpecialType == SpecialType.System_Double);
    }

    /// <summary>The method a <c>[DerivativeOf]</c> attribute names, if it can be found.</summary>
    public static IEnumerable<IMethodSymbol> NamedOriginals(AttributeData attribute, INamedTypeSymbol declaringType)
    {
        var (type, name) = attribute.ConstructorArguments switch
        {
            [{ Value: string methodName }] => (declaringType, methodName),
            [{ Value: INamedTypeSymbol named }, { Value: string methodName }] => (named, methodName),
            _ => (null, null),
        };
        return type is null || name is null ? Enumerable.Empty<IMethodSymbol>() : type.GetMembers(name).OfType<IMethodSymbol>();
    }

    private static IEnumerable<IMethodSymbol> SuppliedDerivatives(IMethodSymbol callee, INamedTypeSymbol callerType) =>
        new[] { callee.ContainingType, callerType }
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
            .Where(candidate =>
                candidate
                    .GetAttributes()
                    .Any(attribute =>
                        TypeNames.Is(attribute.AttributeClass, DerivativeOfAttributeName)
                        && NamedOriginals(attribute, candidate.ContainingType)
                            .Any(original => SymbolEqualityComparer.Default.Equals(original, callee))
                    )
            );

    public static string Qualified(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
