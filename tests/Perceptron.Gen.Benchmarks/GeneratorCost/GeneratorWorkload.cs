namespace Perceptron.Gen.Benchmarks.GeneratorCost;

/// <summary>The user code the generator-cost benchmark compiles: the two workloads issue #4 sets targets for.</summary>
public enum GeneratorWorkload
{
    /// <summary>200 <c>[Differentiable]</c> methods of mixed size and shape, in 10 files; target: a full run in 100 ms or less.</summary>
    TwoHundredMethods,

    /// <summary>One <c>[Differentiable]</c> method of 50 statements; target: 10 ms or less.</summary>
    FiftyStatements,
}
