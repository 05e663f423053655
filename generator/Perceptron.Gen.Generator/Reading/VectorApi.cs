using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>Whether generated code may use the vector API: it differs between the frameworks a user may target.</summary>
internal static class VectorApi
{
    /// <summary>
    /// Whether the compilation targets a framework with <c>Vector.LoadUnsafe</c>, <c>Vector.StoreUnsafe</c> and
    /// <c>Vector.Sum</c> (.NET 8 on); elsewhere the generated loops stay scalar.
    /// </summary>
    public static bool IsAvailable(Compilation compilation) => SupportIn(compilation).IsAvailable;

    /// <summary>
    /// Whether the vector API also has <c>Vector.Exp</c> and <c>Vector.Log</c> (.NET 9 on), which put a loop over samples
    /// that calls <c>Math.Exp</c> or <c>Math.Log</c> on lanes.
    /// </summary>
    public static bool HasExpAndLog(Compilation compilation) => SupportIn(compilation).HasExpAndLog;

    // Looked up once per compilation rather than once per method: a compilation's references never change, and every marked
    // method of a build asks. Weak keys: an entry goes with its compilation.
    private static readonly ConditionalWeakTable<Compilation, Support> SupportByCompilation = new();

    private static Support SupportIn(Compilation compilation) =>
        SupportByCompilation.GetValue(compilation, static found => new Support(FindIsAvailable(found), FindHasExpAndLog(found)));

    private sealed class Support(bool isAvailable, bool hasExpAndLog)
    {
        public bool IsAvailable { get; } = isAvailable;

        public bool HasExpAndLog { get; } = hasExpAndLog;
    }

    private static bool FindIsAvailable(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Numerics.Vector") is { } vector
        && !vector.GetMembers("LoadUnsafe").IsEmpty
        && !vector.GetMembers("StoreUnsafe").IsEmpty
        && !vector.GetMembers("Sum").IsEmpty;

    private static bool FindHasExpAndLog(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Numerics.Vector") is { } vector
        && !vector.GetMembers("Exp").IsEmpty
        && !vector.GetMembers("Log").IsEmpty;
}
