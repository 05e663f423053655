using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Robustness;

/// <summary>
/// The generator over the corpus of numeric C# in <c>Corpus/</c>: every unsupported construct is reported on its span,
/// everything else gets a gradient, and the result compiles.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string, string> UnsupportedMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var member in CorpusFile.All.SelectMany(CorpusMembers.Unsupported))
        {
            data.Add(member.File.Name, member.Name);
        }

        return data;
    }

    [Fact]
    public void The_whole_corpus_gets_exactly_its_marked_diagnostics_and_compiles()
    {
        var files = CorpusFile.All;
        var run = GeneratorHarness.Run(files.Select(file => file.Source).ToArray());

        AssertNoGeneratorFailure(run);
        var expected = files.SelectMany(
            (file, index) => file.Expected.Select(diagnostic => Described(index, diagnostic.Id, diagnostic.Span))
        );
        var actual = Reported(run).Select(diagnostic => Described(FileIndex(diagnostic), diagnostic.Id, diagnostic.Location.SourceSpan));
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationErrors);
        Assert.True(files.Sum(file => file.Expected.Count) >= 20, "The corpus keeps at least 20 unsupported constructs.");
    }

    [Fact]
    public void Every_differentiable_method_without_a_marked_construct_gets_a_gradient()
    {
        var files = CorpusFile.All;
        var run = GeneratorHarness.Run(files.Select(file => file.Source).ToArray());

        var supported = files
            .Select((file, index) => (File: file, Tree: run.OutputCompilation.SyntaxTrees.ElementAt(index)))
            .SelectMany(entry =>
                CorpusMembers
                    .Differentiable(entry.Tree.GetRoot())
                    .Where(pair => !entry.File.Expected.Any(expected => IsMarkedIn(pair.Type, pair.Method, expected)))
                    .Select(pair => (entry.Tree, pair.Type, pair.Method))
            )
            .ToList();
        Assert.True(supported.Count >= 50, $"The corpus has {supported.Count} supported methods; it should keep at least 50.");
        Assert.All(supported, entry =>
        {
            var type = (INamedTypeSymbol)run.OutputCompilation.GetSemanticModel(entry.Tree).GetDeclaredSymbol(entry.Type)!;
            Assert.True(
                type.GetMembers(entry.Method.Identifier.Text + "Gradient").Any(),
                $"{type.Name}.{entry.Method.Identifier.Text} got no gradient"
            );
        });
    }

    [Theory]
    [MemberData(nameof(UnsupportedMembers))]
    public void Each_unsupported_construct_alone_is_reported_on_its_span(string fileName, string memberName)
    {
        var file = CorpusFile.Named(fileName);
        var members = CorpusMembers.Unsupported(file);
        var kept = members.Single(member => member.Name == memberName);
        var (source, shift) = Without(file.Source, members.Where(member => member != kept).Select(member => member.FullSpan));

        var run = GeneratorHarness.Run(source);

        AssertNoGeneratorFailure(run);
        var expected = kept.Expected.Select(diagnostic => Described(0, diagnostic.Id, Shifted(diagnostic.Span, shift)));
        var actual = Reported(run).Select(diagnostic => Described(0, diagnostic.Id, diagnostic.Location.SourceSpan));
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.All(kept.Expected, diagnostic =>
            Assert.Equal(diagnostic.Text, Shifted(diagnostic.Span, shift) is var span ? source.Substring(span.Start, span.Length) : "")
        );
        Assert.Empty(run.CompilationErrors);
    }

    /// <summary>What a user sees: the generator's diagnostics and those of the analyzer shipped beside it (misplaced methods).</summary>
    private static IEnumerable<Diagnostic> Reported(GeneratorRun run) =>
        run.GeneratorDiagnostics.Concat(GeneratorHarness.Analyze(run.OutputCompilation));

    /// <summary>No exception left the generator: the compiler would report CS8785; the generator's own guard PGEN999.</summary>
    private static void AssertNoGeneratorFailure(GeneratorRun run) =>
        Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id is "CS8785" or "PGEN999");

    /// <summary>Whether the marker is in the method, or on its type's name (a type that is not partial).</summary>
    private static bool IsMarkedIn(TypeDeclarationSyntax type, MethodDeclarationSyntax method, ExpectedDiagnostic expected) =>
        method.FullSpan.Contains(expected.Span) || type.Identifier.Span.Contains(expected.Span);

    private static string Described(int file, string id, TextSpan span) => $"{id} in file {file} at {span}";

    private static int FileIndex(Diagnostic diagnostic) =>
        int.Parse(diagnostic.Location.GetLineSpan().Path.Replace("Source", "").Replace(".cs", ""), CultureInfo.InvariantCulture);

    /// <summary>The source with the spans cut out, and for each cut its start and length, to move later spans back.</summary>
    private static (string Source, List<TextSpan> Cuts) Without(string source, IEnumerable<TextSpan> spans)
    {
        var cuts = spans.OrderBy(span => span.Start).ToList();
        var text = source;
        foreach (var cut in Enumerable.Reverse(cuts))
        {
            text = text.Remove(cut.Start, cut.Length);
        }

        return (text, cuts);
    }

    private static TextSpan Shifted(TextSpan span, List<TextSpan> cuts) =>
        new(span.Start - cuts.Where(cut => cut.End <= span.Start).Sum(cut => cut.Length), span.Length);
}
