using System;
using System.Buffers.Binary;
using System.IO;
using Xunit;

namespace HousePrices.Tests;

/// <summary>Reads what the tests check of a PNG file: its signature and the image size in its header chunk.</summary>
internal static class PngFile
{
    // Every PNG file starts with these eight bytes, then the IHDR chunk: a 4-byte length, "IHDR", width and height big-endian.
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // A complete file ends with the empty IEND chunk: length 0, "IEND", and that name's CRC-32.
    private static readonly byte[] End = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <summary>The image's width and height, failing the test if the file is not a whole PNG.</summary>
    public static (int Width, int Height) ReadSize(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 33, $"{path} has only {bytes.Length} bytes");
        Assert.Equal(Signature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(End, bytes[^End.Length..]);
        int width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        int height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        return (width, height);
    }
}
