using System;
using Perceptron.Gen;

namespace Corpus.Unsupported;

/// <summary>An instance method: gradients are added as static methods only.</summary>
public partial class Neuron
{
    [Differentiable]
    public double {|PGEN002:Fire|}(double input) => Math.Tanh(input);
}
