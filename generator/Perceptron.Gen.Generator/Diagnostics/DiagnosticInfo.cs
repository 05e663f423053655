using System.Linq;
using Microsoft.CodeAnalysis;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Diagnostics;

/// <summary>A diagnostic waiting to be reported, in a form the incremental pipeline can compare and cache.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArguments) =>
        new(descriptor.Id, location, messageArguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(DiagnosticDescriptors.ById(DescriptorId), Location?.ToLocation(), MessageArguments.Cast<object>().ToArray());
}
