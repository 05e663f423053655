using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Perceptron.Gen.Tests.Infrastructure;

/// <summary>The repository's own files, for tests that check documentation and build files against the code.</summary>
public static class Repository
{
    /// <summary>The folder holding Perceptron.Gen.sln, found from where this file was compiled.</summary>
    public static string Root { get; } = FindRoot();

    public static string ReadText(params string[] relativePath) =>
        File.ReadAllText(Path.Combine(Root, Path.Combine(relativePath))).Replace("\r\n", "\n");

    private static string FindRoot([CallerFilePath] string path = "")
    {
        var directory = Path.GetDirectoryName(path);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Perceptron.Gen.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("No Perceptron.Gen.sln above " + path);
    }
}
