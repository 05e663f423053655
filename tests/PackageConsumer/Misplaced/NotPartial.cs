using Perceptron.Gen;

namespace PackageConsumer.Misplaced;

// The analyzer shipped in the package must report PGEN001 on 'NotPartial': the type is not partial.
public static class NotPartial
{
    [Differentiable]
    public static double Square(double x) => x * x;
}
