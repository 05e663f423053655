using System;
using System.Globalization;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// How much the properties run, from the environment. By default they are deterministic — a fixed seed and a fixed
/// number of programs — so CI tests the same programs every time.
/// <list type="bullet">
/// <item><c>PGEN_PROPERTY_PROGRAMS</c>: programs per property (default: each property's own).</item>
/// <item><c>PGEN_PROPERTY_SEED</c>: a number, or <c>random</c> for a new seed each run (the failure message prints it).</item>
/// <item><c>PGEN_PROPERTY_SHRINK_SECONDS</c>: how long CsCheck looks for a smaller failing case (default 20).</item>
/// <item><c>PGEN_PROPERTY_REDUCE_SECONDS</c>: how long the reducer then simplifies it step by step (default 60).</item>
/// </list>
/// </summary>
public sealed record PropertySettings(int Programs, ulong Seed, int ShrinkSeconds, int ReduceSeconds)
{
    public const ulong DefaultSeed = 20_260_301;

    public static PropertySettings FromEnvironment(int defaultPrograms)
    {
        var seed = Environment.GetEnvironmentVariable("PGEN_PROPERTY_SEED") switch
        {
            null or "" => DefaultSeed,
            "random" => (ulong)Random.Shared.NextInt64(1, long.MaxValue),
            var text => ulong.Parse(text, CultureInfo.InvariantCulture),
        };
        return new PropertySettings(
            Number("PGEN_PROPERTY_PROGRAMS", defaultPrograms),
            seed,
            Number("PGEN_PROPERTY_SHRINK_SECONDS", 20),
            Number("PGEN_PROPERTY_REDUCE_SECONDS", 60)
        );
    }

    private static int Number(string variable, int otherwise) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : otherwise;
}
