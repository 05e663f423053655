using System;
using Perceptron.Gen;

namespace Corpus.Geometry;

/// <summary>Shapes whose type is not partial, so no gradient can be added beside them.</summary>
public static class {|PGEN001:Shapes|}
{
    [Differentiable]
    public static double CircleArea(double radius) => Math.PI * radius * radius;
}
