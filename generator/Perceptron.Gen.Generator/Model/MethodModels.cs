using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Model;

/// <summary>A type that encloses the generated code: its keyword (<c>class</c>, <c>record struct</c>, …) and its name.</summary>
internal sealed record ContainingType(string Keyword, string Name);

/// <summary>Where generated members go: the namespace (empty for the global one) and the types, outermost first.</summary>
internal sealed record TypeContext(string Namespace, EquatableArray<ContainingType> Types)
{
    /// <summary>A file-name-safe, unique prefix such as <c>Shop.Pricing.Model</c>.</summary>
    public string HintPrefix
    {
        get
        {
            // '+' between nested types, as in metadata names: type N.B's member X differs from namespace N.B's type X.
            var name = string.Join("+", System.Linq.Enumerable.Select(Types, type => type.Name));
            var prefix = Namespace.Length == 0 ? name : Namespace + "." + name;
            return prefix.Replace('<', '{').Replace('>', '}').Replace(", ", ",");
        }
    }

    /// <summary>The innermost type's name, for documentation references.</summary>
    public string InnermostName => Types[Types.Count - 1].Name;
}

/// <summary>What a parameter of a differentiable method holds.</summary>
internal enum ParameterKind
{
    /// <summary>A <c>double</c>.</summary>
    Scalar,

    /// <summary>An <c>int</c>: a count or an index, passed through.</summary>
    Integer,

    /// <summary>A <c>double[]</c>.</summary>
    Array,

    /// <summary>A <c>ReadOnlySpan&lt;double&gt;</c>.</summary>
    ReadOnlySpan,

    /// <summary>A <c>Span&lt;double&gt;</c>, read only by the method.</summary>
    Span,
}

/// <summary>A parameter of a differentiated method, and whether it is differentiated or passed through as data.</summary>
internal sealed record ParameterModel(string Name, bool IsDifferentiated, ParameterKind Kind = ParameterKind.Scalar)
{
    public bool IsArray => Kind is ParameterKind.Array or ParameterKind.ReadOnlySpan or ParameterKind.Span;

    /// <summary>The parameter's type as written in generated code.</summary>
    public string TypeText => TypeTextIn("double");

    /// <summary>The parameter's type in a documentation reference.</summary>
    public string CrefTypeText => CrefTypeTextIn("double");

    /// <summary>The parameter's type in a method that computes in <paramref name="real"/> (<c>double</c> or <c>float</c>).</summary>
    public string TypeTextIn(string real) =>
        Kind switch
        {
            ParameterKind.Integer => "int",
            ParameterKind.Array => real + "[]",
            ParameterKind.ReadOnlySpan => $"global::System.ReadOnlySpan<{real}>",
            ParameterKind.Span => $"global::System.Span<{real}>",
            _ => real,
        };

    /// <summary>The parameter's type in a documentation reference, in a method that computes in <paramref name="real"/>.</summary>
    public string CrefTypeTextIn(string real) =>
        Kind switch
        {
            ParameterKind.Integer => "int",
            ParameterKind.Array => real + "[]",
            ParameterKind.ReadOnlySpan => $"System.ReadOnlySpan{{{real}}}",
            ParameterKind.Span => $"System.Span{{{real}}}",
            _ => real,
        };
}

/// <summary>A <c>[Differentiable]</c> method, read and checked: all the gradient emitter needs.</summary>
/// <param name="Type">Where the generated method goes.</param>
/// <param name="Name">The method's name; the generated one is <c>{Name}Gradient</c>.</param>
/// <param name="Accessibility">The method's accessibility, which the generated one repeats.</param>
/// <param name="Parameters">The parameters in order, each differentiated or data.</param>
/// <param name="Function">The body in single-assignment form.</param>
/// <param name="IsOverloaded">Whether the type has other methods of this name, which then need files of their own.</param>
/// <param name="IsSingle">Whether the method computes in float rather than double.</param>
/// <param name="CanVectorize">Whether the user's target framework has the vector API inner products use (.NET 8 on).</param>
/// <param name="HasVectorExpAndLog">Whether it also has <c>Vector.Exp</c> and <c>Vector.Log</c> (.NET 9 on).</param>
internal sealed record DifferentiableMethod(
    TypeContext Type,
    string Name,
    string Accessibility,
    EquatableArray<ParameterModel> Parameters,
    FunctionBody Function,
    bool IsOverloaded,
    bool IsSingle = false,
    bool CanVectorize = false,
    bool HasVectorExpAndLog = false
);

/// <summary>
/// A <c>[Model]</c> method and the <c>[Loss]</c> beside it. Model parameters marked differentiated are trainable, the
/// others are per-sample data columns. <c>CanVectorize</c> says whether the user's target framework has the vector
/// API the SIMD loop uses (<c>Vector.LoadUnsafe</c>, .NET 8 on).
/// </summary>
internal sealed record ModelAndLoss(
    TypeContext Type,
    string Accessibility,
    string ModelName,
    EquatableArray<ParameterModel> ModelParameters,
    StraightLineFunction Model,
    string LossName,
    string PredictionName,
    string TargetName,
    StraightLineFunction Loss,
    bool CanVectorize = false
);

/// <summary>What a reader produced: a model to emit, or nothing, and the diagnostics to report either way.</summary>
/// <param name="Value">The model, or null when nothing is generated.</param>
/// <param name="Diagnostics">What to report.</param>
/// <param name="GradientKey">
/// For a <c>[Differentiable]</c> method, generated or not: its gradient method as calls name it, with its parameter count
/// (<see cref="Symbolic.CalledGradients"/>), so that a caller can tell whether the gradient it calls will exist.
/// </param>
internal sealed record ReadResult<T>(T? Value, EquatableArray<DiagnosticInfo> Diagnostics, string? GradientKey = null)
    where T : class
{
    public static ReadResult<T> Nothing { get; } = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
