using System.Linq;
using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Programs;
using Perceptron.Gen.Tests.Properties.Reduction;
using Xunit;

namespace Perceptron.Gen.Tests.Properties.SelfTests;

// Imported inside the namespace, so that CsCheck's Gen is found before the namespace Perceptron.Gen.
using CsCheck;

/// <summary>The generators: programs keep their rules, and a case's seed reproduces it exactly, as shrinking relies on.</summary>
public class GenerationTests
{
    [Fact]
    public void Generated_programs_are_well_formed_and_use_every_kind_of_statement()
    {
        var random = new PCG(7, 11);
        var programs = Enumerable.Range(0, 300).Select(_ => ProgramGenerators.BlockPrograms.Generate(random, null, out var _)).ToList();

        Assert.All(programs, program => Assert.True(WellFormedness.Holds(program), program.ToString()));
        var text = string.Join("\n", programs);
        var statements = new[] { "double v", "const double", " += ", " -= ", " *= ", " /= ", "++;", "--;", "if (", "else", "return" };
        var expressions = new[] { " ? ", "&&", "||", "!(", "Math.Sign(", "Math.Clamp(" };
        Assert.All(statements.Concat(expressions), construct => Assert.Contains(construct, text));
    }

    [Fact]
    public void Programs_with_loops_are_well_formed_and_use_every_kind_of_loop_and_jump()
    {
        var random = new PCG(7, 13);
        var programs = Enumerable.Range(0, 300).Select(_ => ProgramGenerators.LoopPrograms.Generate(random, null, out var _)).ToList();

        Assert.All(programs, program => Assert.True(WellFormedness.Holds(program), program.ToString()));
        var text = string.Join("\n", programs);
        var loops = new[]
        {
            "for (int i = 0; i < ",
            "for (int i = 1; i <= ",
            "; i < n; ",
            "; i < xs.Length; ",
            "for (int j = ",
            "; j < i; ",
        };
        var others = new[] { "foreach (var x in xs)", "foreach (double ", "while (k", "do\n", "} while (", "break;", "continue;" };
        var reads = new[]
        {
            "(double)i",
            "(double)j",
            "(double)n",
            "xs[i]",
            "xs[xs.Length - 1 - i]",
            "int n",
            "double[] xs",
            "ReadOnlySpan<double> xs",
        };
        Assert.All(loops.Concat(others).Concat(reads), construct => Assert.Contains(construct, text));
    }

    [Fact]
    public void A_seed_reproduces_its_case()
    {
        var random = new PCG(3, 5);
        var cases = ProgramGenerators.Cases(ProgramGenerators.BlockPrograms);
        cases.Generate(random, null, out _);
        var seed = random.ToString(random.State);

        var drawn = cases.Generate(random, null, out _);
        var replayed = cases.Generate(PCG.Parse(seed), null, out _);

        Assert.Equal(drawn.ToString(), replayed.ToString());
    }
}
