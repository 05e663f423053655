using System;
using System.Globalization;

namespace Perceptron.Gen.Tests.Robustness.Mutation;

/// <summary>
/// How many mutants the mutation test tries, from the environment; by default a fixed seed, so CI tries the same mutants
/// every time. <c>tests/fuzz.sh</c> sets a larger count and a new seed.
/// <list type="bullet">
/// <item><c>PGEN_FUZZ_MUTANTS</c>: how many mutants (default 10 000).</item>
/// <item><c>PGEN_FUZZ_SEED</c>: a number, or <c>random</c> for a new one each run (a failure prints it).</item>
/// <item><c>PGEN_FUZZ_FIRST</c>: the index of the first mutant, to replay a failure without the ones before it.</item>
/// </list>
/// </summary>
public sealed record FuzzSettings(int Mutants, ulong Seed, int First)
{
    public const ulong DefaultSeed = 20_260_601;

    public static FuzzSettings FromEnvironment(int defaultMutants)
    {
        var seed = Environment.GetEnvironmentVariable("PGEN_FUZZ_SEED") switch
        {
            null or "" => DefaultSeed,
            "random" => (ulong)Random.Shared.NextInt64(1, long.MaxValue),
            var text => ulong.Parse(text, CultureInfo.InvariantCulture),
        };
        return new FuzzSettings(Number("PGEN_FUZZ_MUTANTS", defaultMutants), seed, Number("PGEN_FUZZ_FIRST", 0));
    }

    /// <summary>The seed of mutant <paramref name="index"/> alone, so any one mutant can be made again from the run's seed.</summary>
    public int SeedOf(int index)
    {
        // A 64-bit multiplicative mix (Knuth's MMIX constants); its top bits are well spread for neighbouring indices.
        var mixed = unchecked((Seed + (ulong)index) * 6364136223846793005UL + 1442695040888963407UL);
        return (int)(mixed >> 33);
    }

    private static int Number(string variable, int otherwise) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : otherwise;
}
