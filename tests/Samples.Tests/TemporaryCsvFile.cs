using System;
using System.IO;

namespace Samples.Tests;

/// <summary>A CSV file with given text in the temporary folder, deleted when disposed.</summary>
internal sealed class TemporaryCsvFile : IDisposable
{
    public TemporaryCsvFile(string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"samples-{Guid.NewGuid():N}.csv");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
