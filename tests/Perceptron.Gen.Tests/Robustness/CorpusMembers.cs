using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Perceptron.Gen.Tests.Infrastructure;

namespace Perceptron.Gen.Tests.Robustness;

/// <summary>A method or type of the corpus that holds unsupported constructs, with the diagnostics marked in it.</summary>
/// <param name="FullSpan">Where the member sits in its file, with its leading comments and attributes.</param>
public sealed record UnsupportedMember(CorpusFile File, string Name, TextSpan FullSpan, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    public override string ToString() => $"{File.Name}: {Name}";
}

/// <summary>Finds the members of the corpus, for the tests that take them one at a time.</summary>
public static class CorpusMembers
{
    /// <summary>Each member with marked diagnostics: the innermost method or type around each marker.</summary>
    public static IReadOnlyList<UnsupportedMember> Unsupported(CorpusFile file)
    {
        var root = CSharpSyntaxTree.ParseText(file.Source, GeneratorHarness.ParseOptions).GetRoot();
        return file
            .Expected.GroupBy(expected => EnclosingMember(root, expected))
            .Select(group => new UnsupportedMember(file, NameOf(group.Key), group.Key.FullSpan, group.ToList()))
            .ToList();
    }

    /// <summary>The <c>[Differentiable]</c> methods of a file, with the type that declares each.</summary>
    public static IEnumerable<(TypeDeclarationSyntax Type, MethodDeclarationSyntax Method)> Differentiable(SyntaxNode root) =>
        root.DescendantNodes()
            .OfType<MethodDeclarationSyntax>()
            .Where(method =>
                method.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString() == "Differentiable")
            )
            .Select(method => ((TypeDeclarationSyntax)method.Parent!, method));

    private static MemberDeclarationSyntax EnclosingMember(SyntaxNode root, ExpectedDiagnostic expected) =>
        root.FindNode(expected.Span)
            .AncestorsAndSelf()
            .OfType<MemberDeclarationSyntax>()
            .First(member => member is MethodDeclarationSyntax or TypeDeclarationSyntax);

    private static string NameOf(MemberDeclarationSyntax member) =>
        member switch
        {
            MethodDeclarationSyntax method => $"{((TypeDeclarationSyntax)method.Parent!).Identifier.Text}.{method.Identifier.Text}",
            TypeDeclarationSyntax type => type.Identifier.Text,
            _ => member.Kind().ToString(),
        };
}
