using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Perceptron.Gen.Generator.Diagnostics;

namespace Perceptron.Gen.CodeFixes;

/// <summary>
/// Fixes PGEN001: declares the reported type <see langword="partial"/>, and every type around it that is not, so that
/// the generator can add the derivatives beside the method.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypePartialCodeFix))]
[Shared]
public sealed class MakeTypePartialCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartial.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // The diagnostic is on the type's name; its declaration is the nearest type around that token.
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
            {
                continue;
            }

            var title = $"Declare '{type.Identifier.Text}' partial";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => MakePartialAsync(context.Document, type, cancellationToken),
                    equivalenceKey: nameof(MakeTypePartialCodeFix)
                ),
                diagnostic
            );
        }
    }

    private static async Task<Document> MakePartialAsync(Document document, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // The type and each enclosing type: generated code reopens all of them, so all must be partial.
        var toChange = type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Where(IsNotPartial).ToList();
        var changed = root.ReplaceNodes(toChange, (_, rewritten) => WithPartial(rewritten));
        return document.WithSyntaxRoot(changed);
    }

    private static bool IsNotPartial(TypeDeclarationSyntax type) => !type.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>
    /// Adds <see langword="partial"/> as the last modifier, where C# requires it (just before <c>class</c>, <c>struct</c>,
    /// <c>record</c> or <c>interface</c>), keeping the declaration's comments and indentation in front of it.
    /// </summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count > 0)
        {
            return type.WithModifiers(
                type.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            );
        }

        // With no modifier, the leading trivia (doc comment, indentation) sits on the keyword and moves to 'partial'.
        var keyword = type.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return type.WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList())).WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
