namespace Perceptron.Gen.Tests.Properties.Oracles;

/// <summary>One step of a program's path: at <see cref="What"/> (a comparison, a kink, a jump), the side taken.</summary>
public readonly record struct Decision(string What, double Side);
