using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Perceptron.Gen.Tests.Infrastructure;

/// <summary>A code fix as the IDE offers it: its title, and the document's text once it is applied.</summary>
public sealed record AppliedFix(string Title, string FixedSource);

/// <summary>
/// Runs a code fix the way an IDE does, in an in-memory workspace: the analyzer's diagnostics on one document, the
/// fix's actions for one of them, and the text after the first action is applied.
/// </summary>
public static class CodeFixHarness
{
    public static async Task<AppliedFix> ApplyAsync(CodeFixProvider fix, string source, Diagnostic diagnostic)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(
            ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Default,
                "UserCode",
                "UserCode",
                LanguageNames.CSharp,
                compilationOptions: GeneratorHarness.CompilationOptions,
                parseOptions: GeneratorHarness.ParseOptions,
                metadataReferences: GeneratorHarness.References
            )
        );
        var document = workspace.AddDocument(project.Id, "Source0.cs", SourceText.From(source));

        // The diagnostic as the analyzer reported it on the same text, located in this document's tree.
        var tree = await document.GetSyntaxTreeAsync();
        var located = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree!, diagnostic.Location.SourceSpan));

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, located, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        var first = actions.First();

        var operations = await first.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var text = await changed.GetDocument(document.Id)!.GetTextAsync();
        return new AppliedFix(first.Title, text.ToString());
    }
}
