using System.Collections.Generic;
using System.Linq;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Emitting;

/// <summary>
/// The fused loop over samples in blocks, for an iteration that starts with inner products: a linear or logistic model's
/// <c>z = b + Σⱼ wⱼ·xᵢⱼ</c> followed by arithmetic on <c>z</c> and this sample's elements. One sample's inner product runs
/// on lanes across features, but what follows it is one value per sample, and its gradient <c>wⱼ += xᵢⱼ·∂L/∂zᵢ</c>
/// would load and store the whole weight gradient once per sample. So each block of samples runs in three steps: the
/// inner products sample by sample, each result kept in a buffer; the rest of the iteration on lanes across samples
/// (with <c>Vector.Exp</c> and <c>Vector.Log</c> where the framework has them), keeping each inner product's adjoint;
/// and each inner product's gradient on lanes across features, summed over the block's samples in registers and added
/// to the gradient span once per block.
/// </summary>
internal sealed partial class LoopGradientEmitter
{
    /// <summary>
    /// Samples per block: enough that the per-block work is a small part, few enough that a block's rows stay in the
    /// first-level cache between the first and the last step (256 rows of 8 doubles are 16 KiB).
    /// </summary>
    private const int SamplesPerBlock = 256;

    /// <summary>The fused iteration's segments before its last straight stretch.</summary>
    private IReadOnlyList<Segment> fusedIterationPrefix = System.Array.Empty<Segment>();

    /// <summary>The adjoints of inner-product sums the fused iteration named while writing its backward step.</summary>
    private readonly List<Statement> fusedProductAdjointDeclarations = new();

    /// <summary>For each inner product in the fused iteration that receives an adjoint: the name of that adjoint.</summary>
    private readonly List<(LoopSegment Loop, string Adjoint)> fusedProductAdjoints = new();

    /// <summary>Whether the fused loop over samples runs in blocks, for the doc comment.</summary>
    private bool samplesInBlocks;

    /// <summary>An inner product of the fused iteration and what its differentiated factors receive per sample.</summary>
    private sealed record BlockedProduct(InnerProduct Product, string Adjoint, List<(Element Target, Expr Share)> Shares);

    /// <summary>
    /// Opens a scope with the loop index and writes the fused loop in blocks, if its iteration has that form; the caller
    /// then writes the scalar loop, which takes every sample where an array the lanes read is too short.
    /// </summary>
    private bool TryWriteSampleBlocks(LoopSegment loop, string end)
    {
        if (!method.CanVectorize || numeric.IsSingle || fusedIterationStatements is null || fusedIterationPrefix.Count == 0)
        {
            return false;
        }

        var prefixNames = new HashSet<string>(AllNames(fusedIterationPrefix));
        var products = ReadPrefix(loop, prefixNames);
        if (products is null)
        {
            return false;
        }

        var statements = fusedIterationStatements.Concat(fusedProductAdjointDeclarations).ToList();
        var adjoints = products.Select(product => product.Adjoint).Distinct().ToList();
        if (PlanSampleLanes(loop, statements, adjoints) is not { } plan)
        {
            return false;
        }

        // Every value the lanes read is a lane local, a prefix value kept in a buffer, or the same for every sample.
        var laneLocals = new HashSet<string>(plan.Locals.Select(local => local.Target));
        var insideLoop = new HashSet<string>(AllNames(loop.Body).Append(loop.Carried[0].Current));
        var values = plan
            .Locals.Select(local => local.Value)
            .Concat(plan.SumTerms.Select(term => term.Term))
            .Concat(fusedIterationShares.Select(share => share.Share))
            .ToList();
        var reads = values.SelectMany(LoopAnalysis.VariablesOf).Where(name => !laneLocals.Contains(name)).Distinct().ToList();
        if (reads.Any(name => !prefixNames.Contains(name) && (insideLoop.Contains(name) || !IsDeclaredBefore(name))))
        {
            return false;
        }

        var buffered = reads.Where(prefixNames.Contains).ToList();
        var invariants = reads.Where(name => !prefixNames.Contains(name)).ToList();
        if (adjoints.Any(adjoint => !laneLocals.Contains(adjoint)))
        {
            return false;
        }

        WriteSampleBlocks(loop, end, plan, products, buffered, invariants, adjoints, values);
        samplesInBlocks = true;
        return true;
    }

    /// <summary>
    /// The inner products of the fused iteration's prefix with what their gradients receive, or null when the prefix
    /// has another form: anything but straight locals that read no inner product's result and no differentiated array,
    /// and inner products whose bounds are the same for every sample and whose differentiated factor is indexed by the
    /// inner index alone.
    /// </summary>
    private List<BlockedProduct>? ReadPrefix(LoopSegment loop, HashSet<string> prefixNames)
    {
        var sums = new HashSet<string>();
        var products = new List<BlockedProduct>();
        foreach (var segment in fusedIterationPrefix)
        {
            if (segment is StraightSegment straight)
            {
                var plain = straight.Locals.All(local =>
                    local.Guard is null
                    && !LoopAnalysis.VariablesOf(local.Value).Any(name => loop.Carried.Any(carried => carried.Current == name))
                    && local.Value is not UserCall
                    && !ReadsDifferentiatedArray(local.Value)
                    && !LoopAnalysis.VariablesOf(local.Value).Any(sums.Contains)
                );
                if (!plain)
                {
                    return null;
                }

                continue;
            }

            if (
                segment is not LoopSegment inner
                || AsInnerProduct(inner) is not { } product
                || sums.Contains(product.Sum.Entry)
                || ReadsPerSampleInteger(inner.From, loop, prefixNames)
                || ReadsPerSampleInteger(inner.To!, loop, prefixNames)
            )
            {
                return null;
            }

            sums.Add(product.Sum.Current);
            var adjoint = fusedProductAdjoints.FirstOrDefault(entry => ReferenceEquals(entry.Loop, inner)).Adjoint;
            if (adjoint is null)
            {
                // The sum does not reach the result; nothing flows back through this inner product.
                continue;
            }

            var shares = new List<(Element Target, Expr Share)>();
            DerivativeRules.Propagate(product.Step.Value, new Variable(adjoint), (leaf, share) =>
            {
                if (leaf is Element element && differentiatedArrays.Contains(element.Array))
                {
                    shares.Add((element, share));
                }
            });
            foreach (var (target, share) in shares)
            {
                if (
                    !HasLaneForm(share, adjoint)
                    || !OffsetFrom(target.Index, inner.Index, out var targetOffset)
                    || targetOffset is not null
                    || ElementsOf(share)
                        .Any(element => ReadsPerSampleInteger(element.Index, inner, prefixNames, allowSampleIndex: loop.Index))
                )
                {
                    return null;
                }
            }

            if (shares.Count > 0)
            {
                products.Add(new BlockedProduct(product, adjoint, shares));
            }
        }

        return products;
    }

    /// <summary>
    /// Whether an integer reads a value that differs by sample: the sample index (unless allowed, as in an element's
    /// row offset), or a name defined in the iteration, other than <paramref name="loop"/>'s own index.
    /// </summary>
    private static bool ReadsPerSampleInteger(
        IntExpr expression,
        LoopSegment loop,
        HashSet<string> prefixNames,
        string? allowSampleIndex = null
    ) =>
        prefixNames.Any(name => name != loop.Index && Reads(expression, name)) || allowSampleIndex is null && Reads(expression, loop.Index);

    /// <summary>Whether a name exists before the loop: a parameter or a value the method computes outside any loop body.</summary>
    private bool IsDeclaredBefore(string name) =>
        method.Parameters.Any(parameter => parameter.Name == name)
        || method.Function.Segments.OfType<StraightSegment>().Any(straight => straight.Locals.Any(local => local.Name == name))
        || method.Function.Segments.OfType<LoopSegment>().Any(other => other.Carried.Any(carried => carried.Current == name));

    private void WriteSampleBlocks(
        LoopSegment loop,
        string end,
        SampleLanePlan plan,
        List<BlockedProduct> products,
        List<string> buffered,
        List<string> invariants,
        List<string> adjoints,
        List<Expr> values
    )
    {
        var index = Code(loop.Index);
        var arrays = values.SelectMany(ElementsOf).Select(element => element.Array).Distinct().ToList();

        writer.OpenScope();
        writer.Line($"int {index} = {IntegerPrinter.Print(loop.From, Code)};");
        var width = names.Unique("width");
        writer.Line($"int {width} = {VectorType}.Count;");
        var tests = new List<string> { $"(long){end} - {index} >= {SampleBlocks} * {width}", $"{index} >= 0" };
        tests.AddRange(arrays.Select(array => $"{end} <= {Code(array)}.Length"));
        writer.Line(
            $"// Samples {index} to {end} - 1 in blocks of {SamplesPerBlock}: the inner products sample by sample, the rest of each "
                + "iteration on"
        );
        writer.Line("// lanes across samples, then each inner product's gradient on lanes across its elements, summed over the block in");
        writer.Line("// registers. The loop after this one takes every sample where an array the lanes read is too short.");
        writer.Open($"if ({string.Join(" && ", tests)})");

        // Each adjoint takes over the buffer of a value, as a hand loop overwrites zᵢ with ∂L/∂zᵢ: every step reads a sample's
        // values before it stores the sample's adjoints, and step 3 reads only the adjoints. One buffer fewer to clear per
        // call and to keep in the first-level cache.
        var buffers = buffered.ToDictionary(name => name, name => names.Unique(name + "Block"));
        for (var position = 0; position < adjoints.Count; position++)
        {
            buffers[adjoints[position]] =
                position < buffered.Count ? buffers[buffered[position]] : names.Unique(adjoints[position] + "Block");
        }

        foreach (var buffer in buffers.Values.Distinct())
        {
            writer.Line($"global::System.Span<{numeric.Keyword}> {buffer} = stackalloc {numeric.Keyword}[{SamplesPerBlock}];");
        }

        // Each inner product's bounds are the same for every sample.
        var productEnds = new Dictionary<LoopSegment, string>();
        foreach (var product in PrefixProducts())
        {
            var productEnd = names.Unique(product.Loop.Index + "End");
            writer.Line($"int {productEnd} = {IntegerPrinter.Print(product.Loop.To!, Code)};");
            productEnds[product.Loop] = productEnd;
        }

        var lanes = WriteLaneSetup(loop, plan, invariants);

        var blockStart = names.Unique("blockStart");
        var blockEnd = names.Unique("blockEnd");
        writer.Open($"while ({index} < {end})");
        writer.Line($"int {blockStart} = {index};");
        writer.Line($"int {blockEnd} = {index} + global::System.Math.Min({SamplesPerBlock}, {end} - {index});");

        writer.Line("// Step 1: the inner products, one sample at a time, kept for the steps below.");
        var checkedOnce = TryOpenBlockRangeTest(loop, blockStart, blockEnd, productEnds);
        if (checkedOnce)
        {
            // A method of its own, as a hand-tuned loop has it: inside this one, with the steps below live around it, the
            // JIT keeps the bias, the block's end and the buffer's start on the stack and reloads them for every sample.
            var function = names.Unique("BlockInnerProducts");
            var arguments = BlockInnerProductArguments(loop, blockStart, blockEnd, width, productEnds, buffered, buffers);
            writer.Line("// In a method of its own, so that what it reads per sample stays in registers.");
            writer.Line($"{function}({string.Join(", ", arguments.Select(argument => argument.Name))});");
            writer.Line(
                "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]"
            );
            writer.Open($"static void {function}({string.Join(", ", arguments.Select(argument => $"{argument.Type} {argument.Name}"))})");
            // Each step declares the references it reads, so that none stays live, and takes a register, across another.
            var prefixStarts = WriteFirstElementReferences(
                PrefixProducts().SelectMany(product => new[] { product.Left.Array, product.Right.Array }).Distinct(),
                array => array,
                ReadOnlySpanOf
            );
            writer.Open($"for (; {index} < {blockEnd}; {index}++)");
            WriteCheckedPrefix(width, prefixStarts, productEnds);
            WriteBufferStores(buffered, buffers, index, blockStart);
            writer.Close();
            writer.Close();
            writer.Close();
            writer.Open("else");
            writer.Line("// Some index is out of range: one sample at a time, each inner product checking its own range.");
        }

        writer.Open($"for (; {index} < {blockEnd}; {index}++)");
        WriteForward(fusedIterationPrefix, isRecomputation: false);
        WriteBufferStores(buffered, buffers, index, blockStart);
        writer.Close();
        if (checkedOnce)
        {
            writer.Close();
        }

        writer.Line($"// Step 2: the rest of each iteration, {SampleBlocks} vectors of samples per step, each with sums of its own.");
        writer.Line($"{index} = {blockStart};");
        var starts = WriteFirstElementReferences(arrays, array => array, ReadOnlySpanOf);
        var startOfBuffer = WriteFirstElementReferences(buffers.Values.Distinct(), buffer => buffer, buffer => buffer);
        var bufferStarts = buffers.ToDictionary(entry => entry.Key, entry => startOfBuffer[entry.Value]);
        writer.Open($"for (; {index} <= {blockEnd} - {SampleBlocks} * {width}; {index} += {SampleBlocks} * {width})");
        for (var block = 0; block < SampleBlocks; block++)
        {
            var offset = block == 0 ? index : $"{index} + {width}";
            var loads = arrays
                .Select(array => (array, $"global::System.Numerics.Vector.LoadUnsafe(ref {starts[array]}, (nuint)({offset}))"))
                .Concat(
                    buffered.Select(name =>
                        (name, $"global::System.Numerics.Vector.LoadUnsafe(ref {bufferStarts[name]}, (nuint)({offset} - {blockStart}))")
                    )
                );
            var blockNames = WriteLaneStep(block, plan, lanes, loads);
            foreach (var adjoint in adjoints)
            {
                writer.Line(
                    $"global::System.Numerics.Vector.StoreUnsafe({blockNames[adjoint]}, ref {bufferStarts[adjoint]}, "
                        + $"(nuint)({offset} - {blockStart}));"
                );
            }
        }

        writer.Close();

        writer.Line("// The block's last samples, one by one.");
        writer.Open($"for (; {index} < {blockEnd}; {index}++)");
        foreach (var name in buffered)
        {
            writer.Line($"{numeric.Keyword} {Code(name)} = {buffers[name]}[{index} - {blockStart}];");
        }

        foreach (var statement in fusedIterationStatements!.Concat(fusedProductAdjointDeclarations))
        {
            statement.Write(writer, Code, numeric);
        }

        var carried = loop.Carried[0];
        writer.Line($"{Code(carried.Current)} = {Code(carried.Next)};");
        foreach (var (collector, share) in fusedIterationShares)
        {
            writer.Line($"{collector} += {CSharpExpressionPrinter.Print(share, Code, numeric)};");
        }

        foreach (var adjoint in adjoints)
        {
            writer.Line($"{buffers[adjoint]}[{index} - {blockStart}] = {Code(adjoint)};");
        }

        writer.Close();

        foreach (var product in products)
        {
            WriteBlockGradient(product, loop, blockStart, blockEnd, width, buffers[product.Adjoint]);
        }

        writer.Close();
        WriteLaneTotals(lanes);
        writer.Close();
    }

    /// <summary>
    /// What step 1 reads from the method, as the arguments of the local function that runs it, each under its name here
    /// so that the step's code reads the same inside: the sample index and the block's bounds, the vector width and the
    /// inner products' ends, the method's parameters (arrays and spans as read-only spans), the values computed before
    /// the loop that the prefix reads, and the buffers it fills.
    /// </summary>
    private List<(string Type, string Name)> BlockInnerProductArguments(
        LoopSegment loop,
        string blockStart,
        string blockEnd,
        string width,
        Dictionary<LoopSegment, string> productEnds,
        List<string> buffered,
        Dictionary<string, string> buffers
    )
    {
        var arguments = new List<(string Type, string Name)>
        {
            ("int", Code(loop.Index)),
            ("int", blockStart),
            ("int", blockEnd),
            ("int", width),
        };
        arguments.AddRange(productEnds.Values.Select(end => ("int", end)));
        arguments.AddRange(
            method.Parameters.Select(parameter =>
                (
                    parameter.IsArray ? $"global::System.ReadOnlySpan<{numeric.Keyword}>" : parameter.TypeTextIn(numeric.Keyword),
                    Code(parameter.Name)
                )
            )
        );
        var parameters = new HashSet<string>(method.Parameters.Select(parameter => parameter.Name));
        var prefixNames = new HashSet<string>(AllNames(fusedIterationPrefix));
        var reads = fusedIterationPrefix
            .SelectMany(segment =>
                segment is StraightSegment straight
                    ? straight.Locals.SelectMany(local => LoopAnalysis.VariablesOf(local.Value))
                    : PrefixProducts()
                        .Where(product => ReferenceEquals(product.Loop, segment))
                        .SelectMany(product => LoopAnalysis.VariablesOf(product.Step.Value).Append(product.Sum.Entry))
            )
            .Where(name => !parameters.Contains(name) && !prefixNames.Contains(name) && name != loop.Index)
            .Distinct();
        arguments.AddRange(reads.Select(name => (numeric.Keyword, Code(name))));
        arguments.AddRange(buffered.Select(name => ($"global::System.Span<{numeric.Keyword}>", buffers[name])));
        return arguments;
    }

    private IEnumerable<InnerProduct> PrefixProducts() =>
        fusedIterationPrefix.OfType<LoopSegment>().Select(AsInnerProduct).Where(product => product is not null).Select(product => product!);

    private void WriteBufferStores(List<string> buffered, Dictionary<string, string> buffers, string index, string blockStart)
    {
        foreach (var name in buffered)
        {
            writer.Line($"{buffers[name]}[{index} - {blockStart}] = {Code(name)};");
        }
    }

    /// <summary>
    /// Opens <c>if</c> every element the block's inner products read lies in its array, tested once for the block, and
    /// returns true; returns false, writing nothing, when a factor's offset is not of the form a·i + b, whose extremes over
    /// the block are at its first and last sample.
    /// </summary>
    private bool TryOpenBlockRangeTest(LoopSegment loop, string blockStart, string blockEnd, Dictionary<LoopSegment, string> productEnds)
    {
        var tests = new List<string>();
        foreach (var product in PrefixProducts())
        {
            var from = IntegerPrinter.Print(product.Loop.From, Code);
            var end = productEnds[product.Loop];
            foreach (var factor in new[] { product.Left, product.Right })
            {
                OffsetFrom(factor.Index, product.Loop.Index, out var offset);
                var array = Code(factor.Array);
                var startsInRange = product.Loop.From is IntConstant { Value: >= 0 } ? null : $"{from} >= 0";
                if (offset is null)
                {
                    tests.Add(startsInRange ?? "");
                    tests.Add($"{end} <= {array}.Length");
                    continue;
                }

                if (!IsAffineIn(offset, loop.Index))
                {
                    return false;
                }

                // In 64 bits: an offset in range at both ends is in range, without wrapping, for every sample between.
                foreach (var sample in new[] { $"(long){blockStart}", $"((long){blockEnd} - 1)" })
                {
                    var at = IntegerPrinter.Print(offset, name => name == loop.Index ? sample : Code(name));
                    tests.Add($"{at} + {from} >= 0");
                    tests.Add($"{at} + {end} <= {array}.Length");
                }
            }
        }

        tests.RemoveAll(test => test.Length == 0);
        if (tests.Count == 0)
        {
            return false;
        }

        writer.Open($"if ({string.Join(" && ", tests.Distinct())})");
        return true;
    }

    /// <summary>Whether an integer is <c>a·index + b</c> with <c>a</c> and <c>b</c> not depending on the index.</summary>
    private static bool IsAffineIn(IntExpr expression, string index) =>
        !Reads(expression, index)
        || expression switch
        {
            IntVariable => true,
            IntBinary { Operator: IntOperator.Add or IntOperator.Subtract } sum => IsAffineIn(sum.Left, index)
                && IsAffineIn(sum.Right, index),
            IntBinary { Operator: IntOperator.Multiply } product => !Reads(product.Left, index) && IsAffineIn(product.Right, index)
                || !Reads(product.Right, index) && IsAffineIn(product.Left, index),
            IntNegate negate => IsAffineIn(negate.Operand, index),
            _ => false,
        };

    /// <summary>
    /// The prefix of one sample once the block's ranges were checked: straight locals as written, and each inner product
    /// on lanes with one accumulator (consecutive samples overlap their additions), then its last elements one by one.
    /// </summary>
    private void WriteCheckedPrefix(string width, Dictionary<string, string> starts, Dictionary<LoopSegment, string> productEnds)
    {
        foreach (var segment in fusedIterationPrefix)
        {
            if (segment is StraightSegment straight)
            {
                foreach (var local in straight.Locals)
                {
                    LocalWriter.Write(writer, local.Name, local.Value, local.Guard, Code, numeric);
                }

                continue;
            }

            var product = AsInnerProduct((LoopSegment)segment)!;
            var inner = product.Loop;
            var sum = Code(product.Sum.Current);
            var elementIndex = Code(inner.Index);
            var end = productEnds[inner];
            writer.Line($"{numeric.Keyword} {sum} = {Code(product.Sum.Entry)};");
            writer.OpenScope();
            writer.Line($"int {elementIndex} = {IntegerPrinter.Print(inner.From, Code)};");
            var offsets = new Dictionary<IntExpr, string>();
            string Load(Element factor)
            {
                OffsetFrom(factor.Index, inner.Index, out var offset);
                if (offset is null)
                {
                    return $"global::System.Numerics.Vector.LoadUnsafe(ref {starts[factor.Array]}, (nuint){elementIndex})";
                }

                if (!offsets.TryGetValue(offset, out var local))
                {
                    local = offsets[offset] = names.Unique(factor.Array + "Offset");
                    writer.Line($"int {local} = {IntegerPrinter.Print(offset, Code)};");
                }

                return $"global::System.Numerics.Vector.LoadUnsafe(ref {starts[factor.Array]}, (nuint)({local} + {elementIndex}))";
            }

            var left = Load(product.Left);
            var right = Load(product.Right);
            var lanes = names.Unique(product.Sum.Current + "Lanes");
            writer.Line($"var {lanes} = {VectorType}.Zero;");
            writer.Open($"for (; {elementIndex} <= {end} - {width}; {elementIndex} += {width})");
            writer.Line($"{lanes} += {left} * {right};");
            writer.Close();
            writer.Line($"{sum} += global::System.Numerics.Vector.Sum({lanes});");
            writer.Open($"for (; {elementIndex} < {end}; {elementIndex}++)");
            LocalWriter.Write(writer, product.Step.Name, product.Step.Value, guard: null, Code, numeric);
            writer.Line($"{sum} = {Code(product.Step.Name)};");
            writer.Close();
            writer.Close();
        }
    }

    /// <summary>
    /// Step 3 for one inner product: for each element of its differentiated factor, the sum over the block's samples of
    /// what it receives, on lanes across elements with even and odd samples in accumulators of their own, then the last
    /// elements one by one.
    /// </summary>
    private void WriteBlockGradient(
        BlockedProduct blocked,
        LoopSegment loop,
        string blockStart,
        string blockEnd,
        string width,
        string adjointBuffer
    )
    {
        var product = blocked.Product;
        var inner = product.Loop;
        var elementIndex = Code(inner.Index);
        var targets = string.Join(", ", blocked.Shares.Select(share => outNames[share.Target.Array]).Distinct());
        writer.Line($"// Step 3: what {targets} receives from the inner product over {inner.Index}, summed over the block's samples.");
        writer.OpenScope();
        var count = names.Unique("count");
        var sample = names.Unique("sample");
        var elementEnd = names.Unique(inner.Index + "End");
        writer.Line($"int {count} = {blockEnd} - {blockStart};");
        writer.Line($"int {elementIndex} = {IntegerPrinter.Print(inner.From, Code)};");
        writer.Line($"int {elementEnd} = {IntegerPrinter.Print(inner.To!, Code)};");
        var starts = WriteFirstElementReferences(
            blocked.Shares.SelectMany(share => ElementsOf(share.Share)).Select(element => element.Array).Distinct(),
            array => array,
            ReadOnlySpanOf
        );
        var gradientStarts = WriteFirstElementReferences(
            blocked.Shares.Select(share => share.Target.Array).Distinct(),
            array => outNames[array],
            array => outNames[array]
        );

        // Every element index below was read by step 1 for every sample of the block, so it lies in its array.
        string SampleText(string offset) => offset.Length == 0 ? sample : $"{sample} + {offset}";
        string Load(Element element, string sampleOffset)
        {
            OffsetFrom(element.Index, inner.Index, out var rowOffset);
            var row = rowOffset is null
                ? ""
                : IntegerPrinter.Print(rowOffset, name => name == loop.Index ? $"({blockStart} + {SampleText(sampleOffset)})" : Code(name))
                    + " + ";
            return $"global::System.Numerics.Vector.LoadUnsafe(ref {starts[element.Array]}, (nuint)({row}{elementIndex}))";
        }

        string Lanes(Expr share, string sampleOffset) =>
            PrintLanes(share, element => Load(element, sampleOffset), $"new {VectorType}({adjointBuffer}[{SampleText(sampleOffset)}])");

        var accumulators = blocked.Shares.Select(_ => (Even: names.Unique("evenSamples"), Odd: names.Unique("oddSamples"))).ToList();
        writer.Open($"for (; {elementIndex} <= {elementEnd} - {width}; {elementIndex} += {width})");
        foreach (var (even, odd) in accumulators)
        {
            writer.Line($"var {even} = {VectorType}.Zero;");
            writer.Line($"var {odd} = {VectorType}.Zero;");
        }

        writer.Line($"int {sample} = 0;");
        writer.Open($"for (; {sample} + 1 < {count}; {sample} += 2)");
        for (var share = 0; share < blocked.Shares.Count; share++)
        {
            writer.Line($"{accumulators[share].Even} += {Lanes(blocked.Shares[share].Share, "")};");
            writer.Line($"{accumulators[share].Odd} += {Lanes(blocked.Shares[share].Share, "1")};");
        }

        writer.Close();
        writer.Open($"if ({sample} < {count})");
        for (var share = 0; share < blocked.Shares.Count; share++)
        {
            writer.Line($"{accumulators[share].Even} += {Lanes(blocked.Shares[share].Share, "")};");
        }

        writer.Close();
        for (var share = 0; share < blocked.Shares.Count; share++)
        {
            var start = gradientStarts[blocked.Shares[share].Target.Array];
            var sumText =
                $"global::System.Numerics.Vector.LoadUnsafe(ref {start}, (nuint){elementIndex}) + "
                + $"{accumulators[share].Even} + {accumulators[share].Odd}";
            writer.Line($"global::System.Numerics.Vector.StoreUnsafe({sumText}, ref {start}, (nuint){elementIndex});");
        }

        writer.Close();

        writer.Open($"for (; {elementIndex} < {elementEnd}; {elementIndex}++)");
        foreach (var (target, share) in blocked.Shares)
        {
            var total = names.Unique("blockSum");
            writer.Line($"{numeric.Keyword} {total} = {numeric.Zero};");
            writer.Open($"for (int {sample} = 0; {sample} < {count}; {sample}++)");
            string Text(string name) =>
                name == loop.Index ? $"({blockStart} + {sample})"
                : name == blocked.Adjoint ? $"{adjointBuffer}[{sample}]"
                : Code(name);
            writer.Line($"{total} += {CSharpExpressionPrinter.Print(share, Text, numeric)};");
            writer.Close();
            writer.Line($"{outNames[target.Array]}[{IntegerPrinter.Print(target.Index, Code)}] += {total};");
        }

        writer.Close();
        writer.Close();
    }
}
