using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// Inner products on vector lanes. A loop whose whole body adds <c>a[j] * b[offset + j]</c> to a sum, as a dense layer or
/// a linear model's prediction does for every sample, is an inner product, and so is its backward step: each
/// differentiated factor's gradient receives the other factor times the sum's adjoint, element by element. Both run
/// over <c>Vector&lt;T&gt;</c> lanes, two vectors per step with a sum of their own each, then finish the last elements
/// one by one with the scalar code. The vector part runs only where every index it reads was checked, once, to lie in
/// its array; otherwise the scalar loop does all the work and fails, if it does, as the method would.
/// </summary>
internal sealed partial class LoopGradientEmitter
{
    /// <summary>Vectors per step: two, so that consecutive additions to a lane sum do not wait on each other.</summary>
    private const int InnerProductBlocks = 2;

    /// <summary>An inner-product loop: the sum it adds to, the addition, and its two factors.</summary>
    private sealed record InnerProduct(LoopSegment Loop, CarriedVariable Sum, Assignment Step, Element Left, Element Right);

    private string VectorType => $"global::System.Numerics.Vector<{numeric.Keyword}>";

    /// <summary>
    /// The loop as an inner product, or null: a <c>for</c> loop with no break and no guard whose body is the one
    /// statement <c>s += a[j] * b[offset + j]</c>, where each offset does not depend on <c>j</c>, in a compilation that
    /// has the vector API (.NET 8 on).
    /// </summary>
    private InnerProduct? AsInnerProduct(LoopSegment loop)
    {
        if (
            !method.CanVectorize
            || loop is not { To: not null, RunWhile: null, ExitAfter: null, Guard: null }
            || loop.Carried.Count != 1
            || loop.Body.Count != 1
            || loop.Body[0] is not StraightSegment straight
            || straight.Locals.Count != 1
        )
        {
            return null;
        }

        var sum = loop.Carried[0];
        var step = straight.Locals[0];
        if (step.Guard is not null || step.Name != sum.Next)
        {
            return null;
        }

        var term = step.Value switch
        {
            Binary { Operator: BinaryOperator.Add, Left: Variable left } addition when left.Name == sum.Current => addition.Right,
            Binary { Operator: BinaryOperator.Add, Right: Variable right } addition when right.Name == sum.Current => addition.Left,
            _ => null,
        };
        return
            term is Binary { Operator: BinaryOperator.Multiply, Left: Element first, Right: Element second }
            && OffsetFrom(first.Index, loop.Index, out _)
            && OffsetFrom(second.Index, loop.Index, out _)
            ? new InnerProduct(loop, sum, step, first, second)
            : null;
    }

    /// <summary>
    /// Whether <paramref name="index"/> is the loop index plus something that does not depend on it, which is then
    /// <paramref name="offset"/> (null for the index alone).
    /// </summary>
    private static bool OffsetFrom(IntExpr index, string loopIndex, out IntExpr? offset)
    {
        offset = null;
        switch (index)
        {
            case IntVariable variable when variable.Name == loopIndex:
                return true;
            case IntBinary { Operator: IntOperator.Add, Right: IntVariable right } sum
                when right.Name == loopIndex && !Reads(sum.Left, loopIndex):
                offset = sum.Left;
                return true;
            case IntBinary { Operator: IntOperator.Add, Left: IntVariable left } sum
                when left.Name == loopIndex && !Reads(sum.Right, loopIndex):
                offset = sum.Right;
                return true;
            default:
                return false;
        }
    }

    private static bool Reads(IntExpr expression, string name) =>
        expression switch
        {
            IntVariable variable => variable.Name == name,
            IntBinary binary => Reads(binary.Left, name) || Reads(binary.Right, name),
            IntNegate negate => Reads(negate.Operand, name),
            _ => false,
        };

    /// <summary>Every inner-product loop of the method, nested ones included.</summary>
    private IEnumerable<InnerProduct> InnerProducts(IEnumerable<Segment> segments) =>
        segments
            .OfType<LoopSegment>()
            .SelectMany(loop => AsInnerProduct(loop) is { } product ? new[] { product } : InnerProducts(loop.Body));

    /// <summary>The forward pass of an inner product: the sum over vector lanes, then the last elements one by one.</summary>
    private void WriteForwardInnerProduct(InnerProduct product)
    {
        var loop = product.Loop;
        var sum = Code(product.Sum.Current);
        writer.Line($"{numeric.Keyword} {sum} = {Code(product.Sum.Entry)};");
        var end = loopEnds[loop.Index] = names.Unique(loop.Index + "End");
        writer.Line($"int {end} = {IntegerPrinter.Print(loop.To!, Code)};");
        writer.OpenScope();
        var lanes = OpenVectorPart(product, end, new[] { product.Left.Array, product.Right.Array });
        var accumulators = Enumerable
            .Range(0, InnerProductBlocks)
            .Select(block => names.Unique(product.Sum.Current + "Lanes" + block))
            .ToList();
        foreach (var accumulator in accumulators)
        {
            writer.Line($"var {accumulator} = {VectorType}.Zero;");
        }

        OpenVectorLoop(lanes);
        for (var block = 0; block < InnerProductBlocks; block++)
        {
            writer.Line($"{accumulators[block]} += {lanes.Load(product.Left, block)} * {lanes.Load(product.Right, block)};");
        }

        writer.Close();
        writer.Line($"{sum} += global::System.Numerics.Vector.Sum({string.Join(" + ", accumulators)});");
        writer.Close();
        writer.Open($"for (; {lanes.Index} < {end}; {lanes.Index}++)");
        LocalWriter.Write(writer, product.Step.Name, product.Step.Value, guard: null, Code, numeric);
        writer.Line($"{sum} = {Code(product.Step.Name)};");
        writer.Close();
        writer.Close();
    }

    /// <summary>
    /// The backward step of an inner product: each differentiated factor's gradient receives the other factor times the
    /// sum's adjoint, which passes through the loop unchanged.
    /// </summary>
    private void WriteBackwardInnerProduct(InnerProduct product, Dictionary<string, Expr> pending)
    {
        var sum = product.Sum;
        var adjoint = pending.TryGetValue(sum.Current, out var after) ? after : Constant.Zero;
        pending.Remove(sum.Current);
        if (Build.IsZero(adjoint))
        {
            // The sum does not reach the result: nothing flows back through the loop.
            return;
        }

        // The adjoint is the same for every term; one already named is read as it is.
        string adjointName;
        if (adjoint is Variable named)
        {
            adjointName = named.Name;
        }
        else
        {
            adjointName = names.Unique("d" + NameScope.ToPascalCase(sum.Current));
            writer.Line($"// ∂{method.Name}/∂{sum.Current}, the same for every term of the inner product over {product.Loop.Index}");
            writer.Line($"{numeric.Keyword} {adjointName} = {CSharpExpressionPrinter.Print(adjoint, Code, numeric)};");
            if (writingFusedIteration)
            {
                fusedProductAdjointDeclarations.Add(new Statement(StatementKind.Declare, adjointName, adjoint));
            }
        }

        if (writingFusedIteration)
        {
            fusedProductAdjoints.Add((product.Loop, adjointName));
        }

        // What each element receives, by the same chain rule as the scalar code.
        var shares = new List<(Element Target, Expr Share)>();
        DerivativeRules.Propagate(product.Step.Value, new Variable(adjointName), (leaf, share) =>
        {
            if (leaf is Element element && differentiatedArrays.Contains(element.Array))
            {
                shares.Add((element, share));
            }
        });

        if (shares.Count > 0)
        {
            writer.OpenScope();
            var vectorShares = shares.All(share => HasLaneForm(share.Share, adjointName));
            LaneNames? lanes = null;
            if (vectorShares)
            {
                lanes = OpenVectorPart(
                    product,
                    loopEnds[product.Loop.Index],
                    shares.SelectMany(share => ElementsOf(share.Share)).Select(element => element.Array)
                );
                var adjointLanes = names.Unique(adjointName + "Lanes");
                writer.Line($"var {adjointLanes} = new {VectorType}({Code(adjointName)});");
                var gradientStarts = WriteFirstElementReferences(
                    shares.Select(share => share.Target.Array).Distinct(),
                    array => outNames[array],
                    array => outNames[array]
                );

                OpenVectorLoop(lanes);
                for (var block = 0; block < InnerProductBlocks; block++)
                {
                    foreach (var (target, share) in shares)
                    {
                        // The gradient span is as long as its array, whose indices were checked.
                        var position = lanes.Position(target, block);
                        var start = gradientStarts[target.Array];
                        var shareLanes = PrintLanes(share, element => lanes.Load(element, block), adjointLanes);
                        var sumText = $"global::System.Numerics.Vector.LoadUnsafe(ref {start}, {position}) + {shareLanes}";
                        writer.Line($"global::System.Numerics.Vector.StoreUnsafe({sumText}, ref {start}, {position});");
                    }
                }

                writer.Close();
                writer.Close();
            }

            var index = Code(product.Loop.Index);
            writer.Open(
                lanes is null
                    ? $"for (int {index} = {IntegerPrinter.Print(product.Loop.From, Code)}; {index} < {loopEnds[product.Loop.Index]}; {index}++)"
                    : $"for (; {index} < {loopEnds[product.Loop.Index]}; {index}++)"
            );
            foreach (var (target, share) in shares)
            {
                Accumulate(pending, target, share);
            }

            writer.Close();
            writer.Close();
        }

        Accumulate(pending, new Variable(sum.Entry), new Variable(adjointName));
    }

    /// <summary>
    /// Declares the loop index at the loop's start and opens the vector part: <c>if</c> the loop has at least one step of
    /// vectors and every index the factors read lies in its array, references to the first element of each array in
    /// <paramref name="loaded"/>.
    /// </summary>
    private LaneNames OpenVectorPart(InnerProduct product, string end, IEnumerable<string> loaded)
    {
        var index = Code(product.Loop.Index);
        writer.Line($"int {index} = {IntegerPrinter.Print(product.Loop.From, Code)};");
        var width = names.Unique("width");
        writer.Line($"int {width} = {VectorType}.Count;");

        // Each offset is computed once; the range test widens it, so that offset + index cannot wrap around.
        var offsets = new Dictionary<Element, string>();
        var tests = new List<string> { $"(long){end} - {index} >= {InnerProductBlocks} * {width}" };
        var offsetLocals = new Dictionary<IntExpr, string>();
        foreach (var factor in new[] { product.Left, product.Right }.Distinct())
        {
            OffsetFrom(factor.Index, product.Loop.Index, out var offset);
            var array = Code(factor.Array);
            if (offset is null)
            {
                offsets[factor] = "";
                tests.Add($"{index} >= 0");
                tests.Add($"{end} <= {array}.Length");
                continue;
            }

            if (!offsetLocals.TryGetValue(offset, out var local))
            {
                local = offsetLocals[offset] = names.Unique(factor.Array + "Offset");
                writer.Line($"int {local} = {IntegerPrinter.Print(offset, Code)};");
            }

            offsets[factor] = local + " + ";
            tests.Add($"(long){local} + {index} >= 0");
            tests.Add($"(long){local} + {end} <= {array}.Length");
        }

        writer.Open($"if ({string.Join(" && ", tests.Distinct())})");
        var starts = WriteFirstElementReferences(loaded.Distinct(), array => array, ReadOnlySpanOf);

        return new LaneNames(index, end, width, offsets, starts);
    }

    /// <summary>
    /// Declares, for each array, a reference to its first element, named after <paramref name="baseName"/>: where the
    /// vector loads and stores start, once every index they reach was checked.
    /// </summary>
    private Dictionary<string, string> WriteFirstElementReferences(
        IEnumerable<string> arrays,
        System.Func<string, string> baseName,
        System.Func<string, string> spanText
    )
    {
        var starts = arrays.ToDictionary(array => array, array => names.Unique(baseName(array) + "Start"));
        foreach (var start in starts)
        {
            var reference = $"global::System.Runtime.InteropServices.MemoryMarshal.GetReference({spanText(start.Key)})";
            writer.Line($"ref {numeric.Keyword} {start.Value} = ref {reference};");
        }

        return starts;
    }

    /// <summary>An array or span parameter as a read-only span, which <c>MemoryMarshal.GetReference</c> takes for either.</summary>
    private string ReadOnlySpanOf(string array) => $"(global::System.ReadOnlySpan<{numeric.Keyword}>){Code(array)}";

    private void OpenVectorLoop(LaneNames lanes) =>
        writer.Open(
            $"for (; {lanes.Index} <= {lanes.End} - {InnerProductBlocks} * {lanes.Width}; {lanes.Index} += {InnerProductBlocks} * {lanes.Width})"
        );

    /// <summary>Whether a gradient share has a lane form: products and sums of the factors and the adjoint.</summary>
    private static bool HasLaneForm(Expr share, string adjointName) =>
        share switch
        {
            Element => true,
            Variable variable => variable.Name == adjointName,
            Negate negate => HasLaneForm(negate.Operand, adjointName),
            Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } binary => HasLaneForm(
                binary.Left,
                adjointName
            ) && HasLaneForm(binary.Right, adjointName),
            _ => false,
        };

    private static IEnumerable<Element> ElementsOf(Expr expression) =>
        expression is Element element ? new[] { element } : ExprRewriter.Children(expression).SelectMany(ElementsOf);

    /// <summary>
    /// A share in lane form: each element as <paramref name="load"/> reads it, the adjoint as <paramref name="adjointLanes"/>.
    /// </summary>
    private static string PrintLanes(Expr share, System.Func<Element, string> load, string adjointLanes)
    {
        string Operand(Expr operand) => PrintLanes(operand, load, adjointLanes);
        return share switch
        {
            Element element => load(element),
            Variable => adjointLanes,
            Negate negate => $"-({Operand(negate.Operand)})",
            Binary { Operator: BinaryOperator.Add } sum => $"({Operand(sum.Left)} + {Operand(sum.Right)})",
            Binary { Operator: BinaryOperator.Subtract } difference => $"({Operand(difference.Left)} - {Operand(difference.Right)})",
            Binary product => $"({Operand(product.Left)} * {Operand(product.Right)})",
            _ => throw new System.InvalidOperationException($"No lane form for {share.GetType().Name}."),
        };
    }

    /// <summary>The names the vector part of an inner product reads: its index, end, lane count, offsets and first elements.</summary>
    private sealed class LaneNames(
        string index,
        string end,
        string width,
        Dictionary<Element, string> offsets,
        Dictionary<string, string> starts
    )
    {
        public string Index => index;

        public string End => end;

        public string Width => width;

        /// <summary>Where block <paramref name="block"/> of this step reads the element, as a native unsigned offset.</summary>
        public string Position(Element element, int block)
        {
            var blockOffset =
                block == 0 ? ""
                : block == 1 ? $" + {width}"
                : $" + {block} * {width}";
            return $"(nuint)({offsets[element]}{index}{blockOffset})";
        }

        public string Load(Element element, int block) =>
            $"global::System.Numerics.Vector.LoadUnsafe(ref {starts[element.Array]}, {Position(element, block)})";
    }
}
