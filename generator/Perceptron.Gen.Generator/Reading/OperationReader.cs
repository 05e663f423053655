using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>
/// Reads a method body from its operations (the compiler's bound meaning, not its text) into a
/// <see cref="StraightLineFunction"/>. Every construct it cannot read becomes a diagnostic on that construct, and reading
/// goes on so that one build reports all of them.
/// </summary>
internal sealed partial class OperationReader
{
    private readonly string methodName;
    private readonly NameScope names;
    private Dictionary<ISymbol, string> currentNames = new(SymbolEqualityComparer.Default);
    private readonly List<Assignment> locals = new();
    private readonly List<DiagnosticInfo> diagnostics = new();

    /// <summary>Where some path has returned: the condition under which it did, or null while none has.</summary>
    private Condition? returnedWhen;

    /// <summary>What the returned paths return; meaningful where <see cref="returnedWhen"/> holds.</summary>
    private Expr? returnValue;

    /// <summary>Whether every path has returned; statements after that point are unreachable.</summary>
    private bool allPathsReturned;

    private OperationReader(IMethodSymbol method)
    {
        methodName = method.Name;
        names = new NameScope(method.Parameters.Select(parameter => parameter.Name));
        foreach (var parameter in method.Parameters)
        {
            currentNames[parameter] = parameter.Name;
        }
    }

    /// <summary>
    /// Reads <paramref name="body"/>. Returns null with no diagnostics when the code does not compile: the compiler
    /// already reports that, and a second message would only hide it.
    /// </summary>
    public static ReadResult<StraightLineFunction> Read(IMethodSymbol method, IOperation body)
    {
        var reader = new OperationReader(method);
        var readable = reader.ReadStatement(body);

        // Reported constructs come first: skipping one can leave a local unassigned further on, which must not hide it.
        if (reader.diagnostics.Count > 0)
        {
            return new ReadResult<StraightLineFunction>(null, reader.diagnostics.ToEquatableArray());
        }

        if (!readable)
        {
            return ReadResult<StraightLineFunction>.Nothing;
        }

        if (!reader.allPathsReturned || reader.returnValue is null)
        {
            // Not every path returns: the compiler reports CS0161.
            return ReadResult<StraightLineFunction>.Nothing;
        }

        var function = new StraightLineFunction(reader.locals.ToEquatableArray(), reader.returnValue);
        return new ReadResult<StraightLineFunction>(function, EquatableArray<DiagnosticInfo>.Empty);
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxNode syntax, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.From(syntax), arguments));

    /// <summary>Gives a local (or a reassigned parameter) a new single-assignment name and records its value.</summary>
    private void Assign(ISymbol symbol, Expr value)
    {
        var name = names.Unique(symbol.Name);
        currentNames[symbol] = name;
        locals.Add(new Assignment(name, value, symbol.Name));
    }
}
