namespace Perceptron.Gen.Generator.Symbolic;

/// <summary>Combines hash codes of a node's parts; netstandard2.0 has no <c>System.HashCode</c>.</summary>
internal static class StructuralHash
{
    public static int Combine(int first, int second) => unchecked((first * -1521134295) + second);
}
