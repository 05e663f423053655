using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Perceptron.Gen.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots: generated source is compared with a reviewed file under <c>Snapshots/</c>. On a difference
/// the new text is written beside it as <c>.received.cs</c> and the test fails with a line diff. To approve a change,
/// review the diff and run the tests once with <c>PGEN_ACCEPT_SNAPSHOTS=1</c>.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(FindTestsDirectory(callerPath), "Snapshots");
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var accept = Environment.GetEnvironmentVariable("PGEN_ACCEPT_SNAPSHOTS") == "1";

        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual);
        var message = expected is null
            ? $"No approved snapshot {verifiedPath}. Review {receivedPath}, then run with PGEN_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot {name} differs (- approved, + generated). Review, then run with PGEN_ACCEPT_SNAPSHOTS=1:\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var text = new StringBuilder();
        foreach (var line in diff.Lines)
        {
            var marker = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            if (line.Type != ChangeType.Unchanged)
            {
                text.Append(marker).Append(line.Position).Append(": ").AppendLine(line.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>The test project's source folder: where this file was compiled from, up to the folder with the project file.</summary>
    private static string FindTestsDirectory(string callerPath)
    {
        var directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "Perceptron.Gen.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No Perceptron.Gen.Tests.csproj above {callerPath}.");
    }
}
