using System;
using Microsoft.CodeAnalysis;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>
/// The last line of defence: an exception thrown out of a generator becomes warning CS8785, which hides the method's
/// real problem and drops every generated file. A bug here becomes error PGEN999 on the method instead.
/// </summary>
internal static class GeneratorSafety
{
    public static ReadResult<T> Guard<T>(SyntaxToken methodIdentifier, string methodName, Func<ReadResult<T>> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                LocationInfo.From(methodIdentifier),
                methodName,
                $"{exception.GetType().Name}: {exception.Message}"
            );
            return new ReadResult<T>(null, EquatableArray.Create(diagnostic));
        }
    }
}
