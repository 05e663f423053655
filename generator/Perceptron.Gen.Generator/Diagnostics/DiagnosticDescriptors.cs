using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic Perceptron.Gen reports. Each message names the method and the construct, and each is reported on the
/// exact span to change.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Perceptron.Gen";

    /// <summary>The project's repository, the same address as the package's <c>RepositoryUrl</c>.</summary>
    public const string RepositoryUrl = "https://github.com/perceptron-gen/Perceptron.Gen";

    public static readonly DiagnosticDescriptor TypeNotPartial = Error(
        "PGEN001",
        "The containing type must be partial",
        "'{0}' must be declared partial so that Perceptron.Gen can add the derivatives of '{1}' to it"
    );

    public static readonly DiagnosticDescriptor MethodNotStatic = Error(
        "PGEN002",
        "The method must be static",
        "'{0}' must be static to be differentiated"
    );

    public static readonly DiagnosticDescriptor UnsupportedType = Error(
        "PGEN003",
        "Only double values can be differentiated",
        "{0} of '{1}' is '{2}'; {3}"
    );

    public static readonly DiagnosticDescriptor UnsupportedExpression = Error(
        "PGEN004",
        "The expression cannot be differentiated",
        "'{0}' cannot be differentiated: {1} is not supported"
    );

    public static readonly DiagnosticDescriptor UnsupportedStatement = Error(
        "PGEN005",
        "The statement cannot be differentiated",
        "'{0}' cannot be differentiated: {1} is not supported (the Perceptron.Gen README, 'What can be differentiated', lists the statements that are)"
    );

    public static readonly DiagnosticDescriptor UnknownParameterName = Error(
        "PGEN006",
        "The attribute names a parameter the method does not have",
        "'{0}' has no double parameter named '{1}' to differentiate with respect to"
    );

    public static readonly DiagnosticDescriptor ModelWithoutLoss = Error(
        "PGEN007",
        "A model needs a loss in the same type",
        "The model '{0}' needs one static method marked [Loss] in '{1}'"
    );

    public static readonly DiagnosticDescriptor LossWithoutModel = Error(
        "PGEN008",
        "A loss needs a model in the same type",
        "The loss '{0}' needs one static method marked [Model] in '{1}'"
    );

    public static readonly DiagnosticDescriptor InvalidLossSignature = Error(
        "PGEN009",
        "A loss takes a prediction and a target",
        "The loss '{0}' must take exactly two double parameters, (prediction, target)"
    );

    public static readonly DiagnosticDescriptor DuplicateModelMember = Error(
        "PGEN010",
        "A type holds one model and one loss",
        "'{0}' already has a method marked [{1}]; a type holds one model and one loss"
    );

    public static readonly DiagnosticDescriptor ModelWithoutParameters = Error(
        "PGEN011",
        "A model needs trainable parameters",
        "The model '{0}' has no trainable double parameter; mark only the per-sample inputs with [Data]"
    );

    public static readonly DiagnosticDescriptor GenericMethod = Error(
        "PGEN012",
        "Generic methods cannot be differentiated",
        "'{0}' is generic; Perceptron.Gen differentiates non-generic methods only"
    );

    public static readonly DiagnosticDescriptor DerivativeDoesNotFit = Error(
        "PGEN013",
        "A supplied derivative must fit the method it differentiates",
        "'{0}' cannot be the derivative of '{1}': it must be static, return double, and take {1}'s parameters followed by one 'out double' per double parameter"
    );

    public static readonly DiagnosticDescriptor DerivativeTargetNotFound = Error(
        "PGEN014",
        "A supplied derivative must name an existing method",
        "[DerivativeOf] on '{0}' names no method '{1}' of '{2}'"
    );

    public static readonly DiagnosticDescriptor FileLocalType = Error(
        "PGEN015",
        "A file-local type cannot receive generated members",
        "'{0}' is a file-local type; Perceptron.Gen adds members in a file of its own, which cannot see it, so declare it without 'file'"
    );

    public static readonly DiagnosticDescriptor InternalError = Error(
        "PGEN999",
        "Perceptron.Gen failed on this method",
        "Perceptron.Gen could not process '{0}' ({1}); no code was generated for it. Please report this with the method."
    );

    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = new[]
    {
        TypeNotPartial,
        MethodNotStatic,
        UnsupportedType,
        UnsupportedExpression,
        UnsupportedStatement,
        UnknownParameterName,
        ModelWithoutLoss,
        LossWithoutModel,
        InvalidLossSignature,
        DuplicateModelMember,
        ModelWithoutParameters,
        GenericMethod,
        DerivativeDoesNotFit,
        DerivativeTargetNotFound,
        FileLocalType,
        InternalError,
    }.ToDictionary(descriptor => descriptor.Id);

    /// <summary>All descriptors, in identifier order.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => DescriptorsById.Values.OrderBy(descriptor => descriptor.Id);

    public static DiagnosticDescriptor ById(string id) => DescriptorsById[id];

    /// <summary>The page that explains a diagnostic: what triggers it, an example and how to fix it.</summary>
    public static string HelpLink(string id) => $"{RepositoryUrl}/blob/main/docs/diagnostics/{id}.md";

    private static DiagnosticDescriptor Error(string id, string title, string messageFormat) =>
        new(id, title, messageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));
}
