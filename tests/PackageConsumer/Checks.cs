using System;

namespace PackageConsumer;

/// <summary>Each check printed as it runs; the process fails if any did.</summary>
internal sealed class Checks
{
    private int _count;
    private int _failures;

    public void Equal(string what, double expected, double actual)
    {
        var tolerance = 1e-12 * Math.Max(1, Math.Abs(expected));
        That($"{what} = {actual:R} (by hand: {expected:R})", Math.Abs(actual - expected) <= tolerance);
    }

    public void That(string what, bool holds)
    {
        _count++;
        if (!holds)
        {
            _failures++;
        }

        Console.WriteLine($"{(holds ? "ok    " : "FAILED")} {what}");
    }

    /// <summary>Prints the outcome and returns the process exit code: 0 when every check held, 1 otherwise.</summary>
    public int Finish()
    {
        Console.WriteLine(
            _failures == 0 ? $"Package consumer: all {_count} checks hold." : $"Package consumer: {_failures} of {_count} checks FAILED."
        );
        return _failures == 0 ? 0 : 1;
    }
}
