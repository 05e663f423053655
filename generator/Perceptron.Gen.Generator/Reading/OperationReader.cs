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
/// <see cref="FunctionBody"/>: straight-line stretches in single-assignment form, and loops. Every construct it cannot
/// read becomes a diagnostic on that construct, and reading goes on so that one build reports all of them.
/// </summary>
internal sealed partial class OperationReader
{
    private readonly string methodName;
    private readonly INamedTypeSymbol callerType;
    private readonly bool allowLoops;

    /// <summary>The floating-point type the method computes in: double, or float for a method written in float.</summary>
    private readonly SpecialType realType;
    private readonly NameScope names;
    private readonly List<DiagnosticInfo> diagnostics = new();

    /// <summary>The current single-assignment name of each double local and parameter.</summary>
    private Dictionary<ISymbol, string> currentNames = new(SymbolEqualityComparer.Default);

    /// <summary>Integer parameters, locals and loop indices, each as the integer expression it stands for.</summary>
    private readonly Dictionary<ISymbol, IntExpr> integers = new(SymbolEqualityComparer.Default);

    /// <summary>The array and span parameters.</summary>
    private readonly HashSet<ISymbol> arrays = new(SymbolEqualityComparer.Default);

    /// <summary>Locals whose type is already reported (PGEN003) where they are declared: not reported again where read.</summary>
    private readonly HashSet<ISymbol> localsOfUnsupportedType = new(SymbolEqualityComparer.Default);

    /// <summary>The segments of the body being read; a loop's body gets a list of its own.</summary>
    private List<Segment> segments = new();

    /// <summary>The assignments of the straight stretch being read.</summary>
    private List<Assignment> locals = new();

    private int loopDepth;

    /// <summary>Where some path has returned: the condition under which it did, or null while none has.</summary>
    private Condition? returnedWhen;

    /// <summary>What the returned paths return; meaningful where <see cref="returnedWhen"/> holds.</summary>
    private Expr? returnValue;

    /// <summary>Whether every path has returned; statements after that point are unreachable.</summary>
    private bool allPathsReturned;

    private OperationReader(IMethodSymbol method, bool allowLoops)
    {
        methodName = method.Name;
        callerType = method.ContainingType;
        realType = RealTypes.Of(method);
        this.allowLoops = allowLoops;
        names = new NameScope(method.Parameters.Select(parameter => parameter.Name));
        foreach (var parameter in method.Parameters)
        {
            switch (ParameterKinds.Of(parameter, realType))
            {
                case ParameterKind.Scalar:
                    currentNames[parameter] = parameter.Name;
                    break;
                case ParameterKind.Integer:
                    integers[parameter] = new IntVariable(parameter.Name);
                    break;
                case ParameterKind.Array or ParameterKind.ReadOnlySpan or ParameterKind.Span:
                    arrays.Add(parameter);
                    break;
            }
        }
    }

    /// <summary>
    /// Reads <paramref name="body"/>. Returns null with no diagnostics when the code does not compile: the compiler
    /// already reports that, and a second message would only hide it.
    /// </summary>
    /// <param name="method">The method whose body it is.</param>
    /// <param name="body">The method's body operation.</param>
    /// <param name="allowLoops">False for a model or a loss, which are one sample's straight-line computation.</param>
    public static ReadResult<FunctionBody> Read(IMethodSymbol method, IOperation body, bool allowLoops = true)
    {
        var reader = new OperationReader(method, allowLoops);
        var readable = reader.ReadStatement(body);

        // Reported constructs come first: skipping one can leave a local unassigned further on, which must not hide it.
        if (reader.diagnostics.Count > 0)
        {
            return new ReadResult<FunctionBody>(null, reader.diagnostics.ToEquatableArray());
        }

        if (!readable || !reader.allPathsReturned || reader.returnValue is null)
        {
            // Not every path returns (CS0161) or the code is invalid: the compiler reports it.
            return ReadResult<FunctionBody>.Nothing;
        }

        reader.FlushStraightSegment();
        var function = new FunctionBody(reader.segments.ToEquatableArray(), reader.returnValue);
        return new ReadResult<FunctionBody>(function, EquatableArray<DiagnosticInfo>.Empty);
    }

    private void Report(DiagnosticDescriptor descriptor, SyntaxNode syntax, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor, LocationInfo.From(syntax), arguments));

    /// <summary>Gives a local (or a reassigned parameter) a new single-assignment name and records its value.</summary>
    private void Assign(ISymbol symbol, Expr value)
    {
        var name = names.Unique(symbol.Name);
        currentNames[symbol] = name;
        locals.Add(new Assignment(name, value, symbol.Name, guard));
    }

    /// <summary>Ends the straight stretch being read, before a loop or at the end of a body.</summary>
    private void FlushStraightSegment()
    {
        if (locals.Count > 0)
        {
            segments.Add(new StraightSegment(locals.ToEquatableArray()));
            locals = new List<Assignment>();
        }
    }
}
