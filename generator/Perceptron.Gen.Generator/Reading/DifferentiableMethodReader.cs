using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Reads a method marked <c>[Differentiable]</c> into a <see cref="DifferentiableMethod"/>.</summary>
internal static class DifferentiableMethodReader
{
    public static ReadResult<DifferentiableMethod> Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax)
        {
            return ReadResult<DifferentiableMethod>.Nothing;
        }

        var read = GeneratorSafety.Guard(syntax.Identifier, method.Name, () => ReadChecked(context, method, syntax, cancellationToken));
        var gradient = $"{CalleeResolver.Qualified(method.ContainingType)}.{method.Name}Gradient";
        return read with { GradientKey = Symbolic.CalledGradients.Key(gradient, method.Parameters.Length) };
    }

    private static ReadResult<DifferentiableMethod> ReadChecked(
        GeneratorAttributeSyntaxContext context,
        IMethodSymbol method,
        MethodDeclarationSyntax syntax,
        CancellationToken cancellationToken
    )
    {
        if (SignatureChecks.ShowsCompileErrors(method, syntax))
        {
            return ReadResult<DifferentiableMethod>.Nothing;
        }

        // PlacementAnalyzer reports a misplaced method; reading it too would report the same problem twice.
        if (!PlacementChecks.IsWellPlaced(method, syntax, addsMembersToType: true))
        {
            return ReadResult<DifferentiableMethod>.Nothing;
        }

        // Code that does not compile gets the compiler's errors only, not ours as well.
        ReadResult<DifferentiableMethod> Rejected(EquatableArray<DiagnosticInfo> found) =>
            SignatureChecks.HasCompileErrors(context.SemanticModel, syntax, cancellationToken)
                ? ReadResult<DifferentiableMethod>.Nothing
                : new ReadResult<DifferentiableMethod>(null, found);

        var diagnostics = new List<DiagnosticInfo>();
        SignatureChecks.CheckMethod(method, syntax, diagnostics, allowArrays: true);
        var differentiated = ReadWithRespectTo(context.Attributes[0], method, diagnostics);
        if (diagnostics.Count > 0)
        {
            return Rejected(diagnostics.ToEquatableArray());
        }

        var body = MethodBodyBinder.Bind(context.SemanticModel, syntax, cancellationToken);
        if (body is null || SignatureChecks.ShowsCompileErrors(body))
        {
            return ReadResult<DifferentiableMethod>.Nothing;
        }

        var function = OperationReader.Read(method, body);
        if (function.Value is null)
        {
            return Rejected(function.Diagnostics);
        }

        // Long operands get names of their own, so that derivatives stay linear in the size of the method.
        var names = new Symbolic.NameScope(
            method.Parameters.Select(parameter => parameter.Name).Concat(Symbolic.UsedNames.Of(function.Value))
        );
        var lifted = Symbolic.LargeOperandLifting.Lift(function.Value, names);

        // A [Data] parameter is data here as in a model: passed through, not differentiated.
        var parameters = method.Parameters.Select(parameter =>
        {
            var kind = ParameterKinds.Of(parameter, RealTypes.Of(method))!.Value;
            var isDifferentiated =
                kind != ParameterKind.Integer && differentiated.Contains(parameter.Name) && !ModelReader.IsData(parameter);
            return new ParameterModel(parameter.Name, isDifferentiated, kind);
        });
        var isOverloaded = method.ContainingType.GetMembers(method.Name).Length > 1;
        var model = new DifferentiableMethod(
            SignatureChecks.TypeContextOf(syntax, method),
            method.Name,
            SignatureChecks.AccessibilityKeyword(method.DeclaredAccessibility),
            parameters.ToEquatableArray(),
            lifted,
            isOverloaded,
            RealTypes.Of(method) == SpecialType.System_Single,
            VectorApi.IsAvailable(context.SemanticModel.Compilation),
            VectorApi.HasExpAndLog(context.SemanticModel.Compilation)
        );
        return new ReadResult<DifferentiableMethod>(model, EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>The parameters named in the attribute, or all of them when it names none.</summary>
    private static HashSet<string> ReadWithRespectTo(AttributeData attribute, IMethodSymbol method, List<DiagnosticInfo> diagnostics)
    {
        var all = new HashSet<string>(method.Parameters.Select(parameter => parameter.Name));
        var named =
            attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
                ? attribute.ConstructorArguments[0].Values.Select(value => value.Value as string).ToList()
                : new List<string?>();
        if (named.Count == 0)
        {
            return all;
        }

        var argumentSyntax = (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments;
        for (var index = 0; index < named.Count; index++)
        {
            if (named[index] is not { } name || !all.Contains(name))
            {
                var location =
                    argumentSyntax is { } arguments && index < arguments.Count
                        ? LocationInfo.From(arguments[index])
                        : LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax());
                diagnostics.Add(
                    DiagnosticInfo.Create(DiagnosticDescriptors.UnknownParameterName, location, method.Name, named[index] ?? "null")
                );
            }
        }

        return new HashSet<string>(named.Where(name => name is not null).Select(name => name!));
    }
}
