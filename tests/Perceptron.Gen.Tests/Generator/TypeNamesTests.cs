using System.Linq;
using Microsoft.CodeAnalysis;
using Perceptron.Gen.Generator.Reading;
using Perceptron.Gen.Tests.Infrastructure;
using Xunit;

namespace Perceptron.Gen.Tests.Generator;

/// <summary>The reader's name tests on types answer as comparing the type's display string would.</summary>
public class TypeNamesTests
{
    private const string Source = """
        public class Math { }
        namespace System.Extra { public class Math { } }
        namespace SystemX { public class Math { } }
        namespace My { public class Outer { public class Math { } } public class Math<T> { } public class MathF { } }
        namespace Perceptron { public class DifferentiableAttribute : System.Attribute { } }
        """;

    private static readonly string[] Names =
    [
        "System.Math",
        "System.MathF",
        "Math",
        "System.Extra.Math",
        "SystemX.Math",
        "My.Outer.Math",
        "My.Math",
        "My.MathF",
        "Perceptron.Gen.DifferentiableAttribute",
        "Gen.DifferentiableAttribute",
        "Perceptron.DifferentiableAttribute",
    ];

    [Fact]
    public void Each_type_matches_exactly_the_names_its_display_string_matches()
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);
        var types = new[]
        {
            "System.Math",
            "System.MathF",
            "Math",
            "System.Extra.Math",
            "SystemX.Math",
            "My.Outer+Math",
            "My.Math`1",
            "My.MathF",
            "Perceptron.Gen.DifferentiableAttribute",
            "Perceptron.DifferentiableAttribute",
        }
            .Select(metadataName => compilation.GetTypeByMetadataName(metadataName))
            .ToList();
        Assert.DoesNotContain(null, types);

        var matches = 0;
        foreach (var type in types)
        {
            foreach (var name in Names)
            {
                var expected = type!.ToDisplayString() == name;
                Assert.True(expected == TypeNames.Is(type, name), $"{type.ToDisplayString()} against {name}: expected {expected}");
                matches += expected ? 1 : 0;
            }
        }

        // Every type but the generic one has its own name among the names tried.
        Assert.Equal(9, matches);
    }

    [Fact]
    public void A_namespace_matches_its_full_name_only()
    {
        var compilation = GeneratorHarness.CreateCompilation(Source);
        var extra = compilation.GetTypeByMetadataName("System.Extra.Math")!.ContainingNamespace;

        Assert.True(TypeNames.IsNamespace(extra, "System.Extra"));
        Assert.False(TypeNames.IsNamespace(extra, "Extra"));
        Assert.False(TypeNames.IsNamespace(extra, "System"));
        Assert.False(TypeNames.IsNamespace(extra.ContainingNamespace, "System.Extra"));
        Assert.True(TypeNames.IsNamespace(extra.ContainingNamespace, "System"));
        Assert.False(TypeNames.IsNamespace(compilation.GlobalNamespace, "System"));
    }
}
