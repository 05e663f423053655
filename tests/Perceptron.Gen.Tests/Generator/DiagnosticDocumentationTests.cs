using System.IO;
using System.Linq;
using System.Xml.Linq;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>
/// Every diagnostic can be acted on: it has a page under docs/diagnostics with its title, its help link opens that page in
/// the repository the package names, and the README's diagnostics table links it.
/// </summary>
public class DiagnosticDocumentationTests
{
    private static readonly string PagesFolder = Path.Combine(Repository.Root, "docs", "diagnostics");

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(descriptor => descriptor.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_page_headed_by_its_id_and_title(string id)
    {
        var descriptor = DiagnosticDescriptors.ById(id);
        var page = Path.Combine(PagesFolder, id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page {page}");
        var heading = File.ReadLines(page).First();
        Assert.Equal($"# {id}: {descriptor.Title}", heading);
        var text = File.ReadAllText(page);
        Assert.Contains("## What triggers it", text);
        Assert.Contains("## Example", text);
        Assert.Contains("## How to fix it", text);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_help_link_opens_the_page_in_the_repository_the_package_names(string id)
    {
        var repositoryUrl = XDocument
            .Load(Path.Combine(Repository.Root, "Directory.Build.props"))
            .Descendants("RepositoryUrl")
            .Single()
            .Value;

        Assert.Equal(DiagnosticDescriptors.RepositoryUrl, repositoryUrl);
        Assert.Equal($"{repositoryUrl}/blob/main/docs/diagnostics/{id}.md", DiagnosticDescriptors.ById(id).HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_readme_table_and_the_pages_index_link_each_page(string id)
    {
        Assert.Contains($"| [{id}](docs/diagnostics/{id}.md) |", Repository.ReadText("README.md"));
        Assert.Contains($"[{id}]({id}.md)", Repository.ReadText("docs", "diagnostics", "README.md"));
    }

    [Fact]
    public void Every_page_belongs_to_a_diagnostic()
    {
        var pages = Directory
            .GetFiles(PagesFolder, "PGEN*.md")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .OrderBy(id => id, System.StringComparer.Ordinal);

        Assert.Equal(DiagnosticDescriptors.All.Select(descriptor => descriptor.Id), pages);
    }
}
