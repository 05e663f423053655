namespace System;

/// <summary>
/// A position counted from the start or from the end of a sequence: what list patterns such as <c>[.., last]</c> compile
/// to, missing from netstandard2.0. Only the members the compiler uses.
/// </summary>
internal readonly struct Index
{
    // From the end as the bitwise complement, so that the default value is the start.
    private readonly int encoded;

    public Index(int value, bool fromEnd = false)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "An index is never negative.");
        }

        encoded = fromEnd ? ~value : value;
    }

    public int Value => encoded < 0 ? ~encoded : encoded;

    public bool IsFromEnd => encoded < 0;

    public int GetOffset(int length) => IsFromEnd ? length - ~encoded : encoded;

    public static implicit operator Index(int value) => new(value);
}
