using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>
/// Binds a method body to operations, without nullable analysis where the host compiler can skip it.
/// </summary>
/// <remarks>
/// Binding the marked methods is most of a generator run, and with nullable reference types enabled about 40 % of that
/// binding is nullable analysis, whose only product is nullability annotations: the reader never looks at them, since
/// every value it differentiates is a <c>double</c>, a <c>float</c>, an integer, or an array or span of them. Newer
/// compilers offer a semantic model that skips it (<c>GetSemanticModel(SyntaxTree, SemanticModelOptions.DisableNullableAnalysis)</c>,
/// still marked experimental; Roslyn 4.14 and the .NET 10 SDK's compiler have it, 4.8 does not). The generator is built
/// against Roslyn 4.8, its documented baseline, so it finds that overload at run time: a compiler without it, or a later
/// one that drops it, gets the shared semantic model, which gives the same operations more slowly.
/// </remarks>
internal static class MethodBodyBinder
{
    // Looked up once per compiler process: the overload either exists in the loaded Microsoft.CodeAnalysis or not.
    private static readonly Func<Compilation, SyntaxTree, SemanticModel>? CreateWithoutNullableAnalysis =
        FindSemanticModelWithoutNullableAnalysis();

    /// <summary>Whether the host compiler lets the generator skip nullable analysis when it binds a body.</summary>
    public static bool SkipsNullableAnalysis => CreateWithoutNullableAnalysis is not null;

    /// <summary>The operations of <paramref name="body"/>, a method declaration in <paramref name="shared"/>'s tree or another.</summary>
    /// <param name="shared">The generator driver's semantic model, used where the compiler offers nothing cheaper.</param>
    /// <param name="body">The method declaration to bind.</param>
    /// <param name="cancellationToken">Cancels the binding.</param>
    /// <returns>The method body operation, or null when the compiler cannot bind the declaration.</returns>
    public static IOperation? Bind(SemanticModel shared, SyntaxNode body, CancellationToken cancellationToken)
    {
        var model = CreateWithoutNullableAnalysis?.Invoke(shared.Compilation, body.SyntaxTree)
            ?? (shared.SyntaxTree == body.SyntaxTree ? shared : shared.Compilation.GetSemanticModel(body.SyntaxTree));
        return model.GetOperation(body, cancellationToken);
    }

    private static Func<Compilation, SyntaxTree, SemanticModel>? FindSemanticModelWithoutNullableAnalysis()
    {
        var optionsType = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions", throwOnError: false);
        if (optionsType is not { IsEnum: true } || !Enum.GetNames(optionsType).Contains("DisableNullableAnalysis"))
        {
            return null;
        }

        var overload = typeof(Compilation).GetMethod(
            nameof(Compilation.GetSemanticModel),
            BindingFlags.Public | BindingFlags.Instance,
            binder: null,
            [typeof(SyntaxTree), optionsType],
            modifiers: null
        );
        if (overload is null || overload.ReturnType != typeof(SemanticModel))
        {
            return null;
        }

        var disableNullableAnalysis = Enum.Parse(optionsType, "DisableNullableAnalysis");
        return (compilation, tree) => (SemanticModel)overload.Invoke(compilation, [tree, disableNullableAnalysis]);
    }
}
