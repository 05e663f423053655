using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Emits <c>{Name}Gradient</c> for a method with loops or array parameters. The forward pass runs the method as written,
/// keeping for each loop the values its backward sweep needs: the variables the loop carries, one per iteration, except
/// running sums, whose adjoint is the same in every iteration and which therefore need no storage. The backward pass
/// walks the body in reverse; a loop runs backwards, restores what it kept, recomputes its body's locals and sends the
/// adjoints through them with the same rules as straight-line code.
/// </summary>
internal sealed partial class LoopGradientEmitter
{
    private readonly DifferentiableMethod method;

    /// <summary>Where code goes: the file, or a scratch writer for text whose surroundings depend on what it turned out to need.</summary>
    private SourceWriter writer;
    private readonly NameScope names;
    private readonly Dictionary<string, string> outNames = new();
    private readonly HashSet<string> differentiatedArrays = new();
    private readonly HashSet<string> scalarParameters = new();
    private readonly NumericType numeric;

    private LoopGradientEmitter(DifferentiableMethod method, SourceWriter writer)
    {
        this.method = method;
        this.writer = writer;
        numeric = NumericType.Of(method.IsSingle);
        names = new NameScope(method.Parameters.Select(parameter => parameter.Name).Concat(UsedNames.Of(method.Function)));
        foreach (var parameter in method.Parameters.Where(parameter => parameter.IsDifferentiated))
        {
            outNames[parameter.Name] = names.Unique("d" + NameScope.ToPascalCase(parameter.Name));
            if (parameter.IsArray)
            {
                differentiatedArrays.Add(parameter.Name);
            }
            else
            {
                scalarParameters.Add(parameter.Name);
            }
        }
    }

    public static void WriteMethod(SourceWriter writer, DifferentiableMethod method) =>
        new LoopGradientEmitter(method, writer).WriteMethod();

    private static string Code(string name) => Identifiers.Escape(name);

    private void WriteMethod()
    {
        var parameters = method.Parameters;
        var signatureCref =
            $"{method.Name}({string.Join(", ", parameters.Select(parameter => parameter.CrefTypeTextIn(numeric.Keyword)))})";
        var gradientArguments = parameters
            .Where(parameter => parameter.IsDifferentiated)
            .Select(parameter =>
                parameter.IsArray
                    ? $"global::System.Span<{numeric.Keyword}> {outNames[parameter.Name]}"
                    : $"out {numeric.Keyword} {outNames[parameter.Name]}"
            );
        var allParameters = parameters
            .Select(parameter => $"{parameter.TypeTextIn(numeric.Keyword)} {Code(parameter.Name)}")
            .Concat(gradientArguments);

        // The body first: the doc comment says which loops it put on vector lanes.
        var file = writer;
        writer = new SourceWriter();
        foreach (var array in differentiatedArrays)
        {
            var gradient = outNames[array];
            writer.Open($"if ({gradient}.Length != {Code(array)}.Length)");
            writer.Line(
                $"throw new global::System.ArgumentException($\"The gradient span '{gradient}' has {{{gradient}.Length}} elements but '{array}' has {{{Code(array)}.Length}}; they must match.\", nameof({gradient}));"
            );
            writer.Close();
            writer.BlankLine();
        }

        fusedLoop = FindFusibleLoop();
        if (fusedLoop is not null)
        {
            // The forward pass already collects the fused loop's shares of the gradient.
            WriteGradientReset();
            writer.BlankLine();
        }

        writer.Line("// Forward pass: the method's own computation, keeping what the backward pass needs.");
        WriteForward(method.Function.Segments, isRecomputation: false);
        var valueName = names.Unique("value");
        writer.Line($"{numeric.Keyword} {valueName} = {CSharpExpressionPrinter.Print(method.Function.Result, Code, numeric)};");
        writer.BlankLine();

        writer.Line($"// Backward pass: the chain rule from ∂{method.Name}/∂{method.Name} = 1 back to each parameter.");
        if (fusedLoop is null)
        {
            WriteGradientReset();
        }

        var pending = new Dictionary<string, Expr>();
        DerivativeRules.Propagate(method.Function.Result, Constant.One, (leaf, adjoint) => Accumulate(pending, leaf, adjoint));
        WriteBackward(method.Function.Segments, pending);
        FlushParameters(pending);
        writer.Line($"return {valueName};");
        var body = writer;
        writer = file;

        writer.Doc("<summary>");
        writer.Doc(
            $"The value of <see cref=\"{signatureCref}\"/> and its gradient, by reverse-mode differentiation generated at compile time."
        );
        writer.Doc("</summary>");
        writer.Doc("<remarks>");
        writer.Doc(
            "Each scalar derivative is written to its <c>out</c> parameter; the gradient of an array or span is written to the span"
        );
        writer.Doc("given for it, which must have the same length and is overwritten, not added to.");
        if (KinkNote.Applies(method.Function))
        {
            writer.Doc($"<para>{SourceWriter.EscapeXml(KinkNote.Text)}</para>");
        }

        if (LoopNote() is { } loopNote)
        {
            writer.Doc($"<para>{SourceWriter.EscapeXml(loopNote)}</para>");
        }

        writer.Doc("</remarks>");
        foreach (var array in differentiatedArrays)
        {
            writer.Doc(
                $"<exception cref=\"System.ArgumentException\"><paramref name=\"{outNames[array]}\"/> is not as long as <paramref name=\"{array}\"/>.</exception>"
            );
        }

        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Open($"{method.Accessibility} static {numeric.Keyword} {method.Name}Gradient({string.Join(", ", allParameters)})");
        writer.AppendIndented(body);
        writer.Close();
    }

    /// <summary>Which loops run on vector lanes and which one iteration at a time, and why; null for a method without loops.</summary>
    private string? LoopNote()
    {
        if (!method.Function.Segments.OfType<LoopSegment>().Any())
        {
            return null;
        }

        if (!method.CanVectorize)
        {
            return "The loops are scalar: the target framework has no Vector.LoadUnsafe (it came with .NET 8).";
        }

        var vectorType = $"Vector<{numeric.Keyword}>";
        var parts = new List<string>();
        if (samplesOnLanes)
        {
            parts.Add(
                $"The loop over {fusedLoop!.Index} runs on {vectorType} lanes, two vectors per step with sums of their own, and "
                    + "finishes the last iterations one by one (all of them where an array is shorter than the loop)."
            );
        }

        if (samplesInBlocks)
        {
            parts.Add(
                $"The loop over {fusedLoop!.Index} runs in blocks of {SamplesPerBlock} samples: first each sample's inner products, on "
                    + $"lanes across its elements one vector per step (consecutive samples overlap their additions), then the "
                    + $"rest of each iteration on {vectorType} lanes across samples, two vectors per step with sums of their own, then "
                    + $"each inner product's gradient on lanes across its elements, summed over the block's samples before it is added "
                    + "to the gradient span; a block's last samples and elements are done one by one, and the whole loop runs one "
                    + "sample at a time where an array is shorter than the loop."
            );
        }

        if (InnerProducts(method.Function.Segments).Any())
        {
            parts.Add(
                (samplesInBlocks ? "Elsewhere, each" : "Each")
                    + $" inner product (a loop that only adds a[j] * b[j] to a sum) runs on {vectorType} lanes, two vectors per step, "
                    + "in the value and in the gradient, and finishes the last elements one by one; it runs scalar where an index "
                    + "would fall outside its array."
            );
        }

        var covered = InnerProducts(method.Function.Segments).Select(product => product.Loop).ToList();
        if (samplesOnLanes || samplesInBlocks)
        {
            covered.Add(fusedLoop!);
        }

        if (!AllLoops(method.Function.Segments).Any(loop => !covered.Any(done => ReferenceEquals(done, loop) || Contains(done, loop))))
        {
            return string.Join(" ", parts);
        }

        parts.Add(
            parts.Count == 0
                ? "The loops run one iteration at a time: a vector form exists yet only for a loop over samples whose iteration is "
                    + "arithmetic, comparisons, Sqrt, Abs, and Exp and Log from .NET 9 on, on this sample's elements, and for inner "
                    + "products (a loop that only adds a[j] * b[j] to a sum)."
                : "Any other loop runs one iteration at a time: no vector form for its iteration yet."
        );

        // The commonest reason a loop over samples (a loop that adds each sample's share to a sum) stays scalar is that the
        // data is differentiated too, which the user rarely means: say so, with the way out.
        var differentiatedArrays = method.Parameters.Where(parameter => parameter.IsArray && parameter.IsDifferentiated).ToList();
        if (fusedLoop is not null && !method.IsSingle && !samplesOnLanes && !samplesInBlocks && differentiatedArrays.Count > 0)
        {
            var arrays = string.Join(", ", differentiatedArrays.Select(parameter => parameter.Name));
            parts.Add(
                $"A loop over samples that reads an array being differentiated ({arrays} here) has no vector form yet: to "
                    + "differentiate only what is trained, name it in the attribute, as in [Differentiable(nameof(w), nameof(b))], "
                    + "or mark the data [Data]."
            );
        }

        return string.Join(" ", parts);
    }

    private static IEnumerable<LoopSegment> AllLoops(IEnumerable<Segment> segments) =>
        segments.OfType<LoopSegment>().SelectMany(loop => AllLoops(loop.Body).Prepend(loop));

    private static bool Contains(LoopSegment outer, LoopSegment inner) => AllLoops(outer.Body).Any(loop => ReferenceEquals(loop, inner));

    /// <summary>Sets every derivative to zero: the backward pass adds to them.</summary>
    private void WriteGradientReset()
    {
        foreach (var parameter in method.Parameters.Where(parameter => parameter.IsDifferentiated))
        {
            writer.Line(parameter.IsArray ? $"{outNames[parameter.Name]}.Clear();" : $"{outNames[parameter.Name]} = {numeric.Zero};");
        }
    }

    /// <summary>Adds an adjoint to a variable's pending sum, or writes it into the gradient span of an array element.</summary>
    private void Accumulate(Dictionary<string, Expr> pending, Expr leaf, Expr adjoint)
    {
        switch (leaf)
        {
            case Variable variable:
                pending[variable.Name] = pending.TryGetValue(variable.Name, out var existing) ? Build.Add(existing, adjoint) : adjoint;
                break;
            case Element element when differentiatedArrays.Contains(element.Array):
                var target = $"{outNames[element.Array]}[{IntegerPrinter.Print(element.Index, Code)}]";
                if (collectedStatements is not null)
                {
                    collectedStatements.Add(new Statement(StatementKind.Accumulate, target, adjoint, IsBackward: true));
                }
                else
                {
                    writer.Line($"{target} += {CSharpExpressionPrinter.Print(adjoint, Code, numeric)};");
                }

                break;
        }
    }

    /// <summary>Declares a named adjoint, or adds it to the statements being collected.</summary>
    private void WriteBackwardLocal(string name, Expr value, string comment)
    {
        if (collectedStatements is not null)
        {
            collectedStatements.Add(new Statement(StatementKind.Declare, name, value, comment, IsBackward: true));
            return;
        }

        writer.Line($"// {comment}");
        writer.Line($"{numeric.Keyword} {name} = {CSharpExpressionPrinter.Print(value, Code, numeric)};");
    }

    /// <summary>Adds the pending adjoints of scalar parameters to their <c>out</c> derivatives.</summary>
    private void FlushParameters(Dictionary<string, Expr> pending)
    {
        foreach (var parameter in scalarParameters.Where(pending.ContainsKey).ToList())
        {
            // Inside the fused loop's backward step a share is for an adjoint of 1, scaled later: it goes to a collector.
            var target = writingFusedIteration ? fusedCollectors[parameter] : outNames[parameter];
            writer.Line($"// ∂{method.Name}/∂{parameter}");
            writer.Line($"{target} += {CSharpExpressionPrinter.Print(pending[parameter], Code, numeric)};");
            pending.Remove(parameter);
        }
    }

    private static IEnumerable<string> AllNames(IEnumerable<Segment> segments)
    {
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case StraightSegment straight:
                    foreach (var local in straight.Locals)
                    {
                        yield return local.Name;
                    }

                    break;
                case LoopSegment loop:
                    yield return loop.Index;
                    foreach (var carried in loop.Carried)
                    {
                        yield return carried.Current;
                    }

                    foreach (var name in AllNames(loop.Body))
                    {
                        yield return name;
                    }

                    break;
            }
        }
    }
}
