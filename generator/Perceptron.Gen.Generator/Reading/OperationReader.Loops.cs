using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Perceptron.Gen.Generator.Diagnostics;
using Perceptron.Gen.Generator.Model;
using Perceptron.Gen.Generator.Symbolic;

namespace Perceptron.Gen.Generator.Reading;

/// <summary>
/// Loops: <c>for (int i = a; i &lt; b; i++)</c> and <c>foreach</c> over an array or span parameter. The double variables a
/// loop assigns are carried from one iteration to the next; everything else in its body is read as usual.
/// </summary>
internal sealed partial class OperationReader
{
    /// <summary>The test under which a <c>break</c> of the loop being read leaves it, or null when none does.</summary>
    private Condition? loopExit;

    /// <summary>
    /// Whether the statement being read is inside another statement of the loop body that more of the body follows:
    /// <c>if (a) { if (b) { break; } }</c> then has statements after the outer <c>if</c> that the jump would skip.
    /// </summary>
    private bool statementsFollowInLoopBody;

    private const string CanonicalForm = "a 'for' loop that is not of the form 'for (int i = start; i < end; i++)'";

    private bool ReadForLoop(IForLoopOperation loop)
    {
        if (CanonicalIndex(loop) is not { } header)
        {
            Report(DiagnosticDescriptors.UnsupportedStatement, loop.Syntax, methodName, CanonicalForm);
            return true;
        }

        var (index, from, to) = header;
        var indexName = names.Unique(index.Name);
        integers[index] = new IntVariable(indexName);
        return ReadLoopBody(indexName, from, to, loop.Body, elementLocal: null, collection: null);
    }

    private bool ReadForEachLoop(IForEachLoopOperation loop)
    {
        var collection = loop.Collection is IConversionOperation conversion ? conversion.Operand : loop.Collection;
        if (
            collection is not IParameterReferenceOperation { Parameter: var array }
            || !arrays.Contains(array)
            || loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: var element }
            || element.Type.SpecialType != realType
        )
        {
            Report(
                DiagnosticDescriptors.UnsupportedStatement,
                loop.Syntax,
                methodName,
                "a 'foreach' loop over anything but a double[] or span parameter"
            );
            return true;
        }

        var indexName = names.Unique("index");
        return ReadLoopBody(indexName, new IntConstant(0), new ArrayLength(array.Name), loop.Body, element, array.Name);
    }

    /// <summary><c>while (test) body</c> and <c>do body while (test)</c>: loops without a bound, over carried doubles.</summary>
    private bool ReadWhileLoop(IWhileLoopOperation loop)
    {
        if (loop.Condition is null)
        {
            Report(DiagnosticDescriptors.UnsupportedStatement, loop.Syntax, methodName, "a loop without a condition");
            return true;
        }

        var counter = names.Unique("iteration");
        var testAtTop = loop.ConditionIsTop;
        var condition = loop.Condition;
        var isUntil = loop.ConditionIsUntil;
        return ReadLoopBody(
            counter,
            new IntConstant(0),
            to: null,
            loop.Body,
            elementLocal: null,
            collection: null,
            topTest: testAtTop ? condition : null,
            bottomTest: testAtTop ? null : condition,
            isUntil: isUntil
        );
    }

    /// <summary>Reads a loop body into a <see cref="LoopSegment"/>, with the double variables it assigns carried.</summary>
    private bool ReadLoopBody(
        string indexName,
        IntExpr from,
        IntExpr? to,
        IOperation body,
        ILocalSymbol? elementLocal,
        string? collection,
        IOperation? topTest = null,
        IOperation? bottomTest = null,
        bool isUntil = false
    )
    {
        FlushStraightSegment();
        var carriedSymbols = AssignedOuterVariables(body);
        var carried = new List<(ISymbol Symbol, string Entry, string Current)>();
        foreach (var symbol in carriedSymbols)
        {
            var current = names.Unique(symbol.Name);
            carried.Add((symbol, currentNames[symbol], current));
            currentNames[symbol] = current;
        }

        // A while loop's test reads the carried variables as they are at the start of each iteration.
        var runWhile = topTest is null ? null : ReadCondition(topTest);
        var outerSegments = segments;
        var (outerExit, outerGuard, outerFollows) = (loopExit, guard, statementsFollowInLoopBody);
        (segments, loopExit, guard, statementsFollowInLoopBody) = (new List<Segment>(), null, null, false);
        loopDepth++;
        if (elementLocal is not null)
        {
            Assign(elementLocal, new Element(collection!, new IntVariable(indexName)));
        }

        var readable = ReadStatement(body);
        var exitAfter = loopExit;
        if (bottomTest is not null)
        {
            // do { … } while (test): leave when the test fails; do { … } until it holds (a VB form, kept for completeness).
            var test = ReadCondition(bottomTest);
            var leave = isUntil ? test : Negation(test);
            exitAfter = exitAfter is null ? leave : new Logical(false, exitAfter, leave);
        }

        loopDepth--;
        FlushStraightSegment();
        (loopExit, guard, statementsFollowInLoopBody) = (outerExit, outerGuard, outerFollows);
        var bodySegments = segments;
        segments = outerSegments;
        if (!readable)
        {
            return false;
        }

        var carriedVariables = carried
            .Select(variable => new CarriedVariable(variable.Entry, variable.Current, currentNames[variable.Symbol]))
            .ToList();
        foreach (var (symbol, _, current) in carried)
        {
            currentNames[symbol] = current;
        }

        segments.Add(
            new LoopSegment(
                indexName,
                from,
                to,
                runWhile,
                exitAfter,
                carriedVariables.ToEquatableArray(),
                bodySegments.ToEquatableArray(),
                guard
            )
        );
        return true;
    }

    /// <summary>The double locals and parameters declared before the loop that its body assigns.</summary>
    private List<ISymbol> AssignedOuterVariables(IOperation body)
    {
        var assigned = new List<ISymbol>();
        foreach (var operation in body.DescendantsAndSelf())
        {
            var target = operation switch
            {
                IAssignmentOperation assignment => assignment.Target,
                IIncrementOrDecrementOperation step => step.Target,
                _ => null,
            };
            if (
                target is not null
                && AssignedSymbol(target) is { } symbol
                && currentNames.ContainsKey(symbol)
                && !assigned.Contains(symbol, SymbolEqualityComparer.Default)
            )
            {
                assigned.Add(symbol);
            }
        }

        return assigned;
    }

    /// <summary>The index, start and exclusive end of <c>for (int i = start; i &lt; end; i++)</c> (or <c>i &lt;= last</c>).</summary>
    private (ILocalSymbol Index, IntExpr From, IntExpr To)? CanonicalIndex(IForLoopOperation loop)
    {
        if (
            loop.Before is not [IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [var declarator] } declaration] }]
            || declarator.Symbol.Type.SpecialType != SpecialType.System_Int32
            || (declarator.Initializer ?? declaration.Initializer) is not { } initializer
        )
        {
            return null;
        }

        var index = declarator.Symbol;
        if (
            loop.Condition
                is not IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } condition
            || condition.LeftOperand is not ILocalReferenceOperation { Local: var tested }
            || !SymbolEqualityComparer.Default.Equals(tested, index)
        )
        {
            return null;
        }

        var isStep =
            loop.AtLoopBottom is [IExpressionStatementOperation { Operation: var step }]
            && step switch
            {
                IIncrementOrDecrementOperation { Kind: OperationKind.Increment, Target: ILocalReferenceOperation { Local: var stepped } } =>
                    SymbolEqualityComparer.Default.Equals(stepped, index),
                ICompoundAssignmentOperation
                {
                    OperatorKind: BinaryOperatorKind.Add,
                    Target: ILocalReferenceOperation { Local: var stepped },
                    Value.ConstantValue.Value: 1
                } => SymbolEqualityComparer.Default.Equals(stepped, index),
                _ => false,
            };
        var bodyChangesIndex = loop
            .Body.DescendantsAndSelf()
            .Any(operation =>
                operation is IAssignmentOperation { Target: ILocalReferenceOperation { Local: var written } }
                    && SymbolEqualityComparer.Default.Equals(written, index)
                || operation is IIncrementOrDecrementOperation { Target: ILocalReferenceOperation { Local: var stepped } }
                    && SymbolEqualityComparer.Default.Equals(stepped, index)
            );
        if (!isStep || bodyChangesIndex)
        {
            return null;
        }

        var from = ReadInteger(initializer.Value);
        var bound = ReadInteger(condition.RightOperand);
        var to =
            condition.OperatorKind == BinaryOperatorKind.LessThanOrEqual
                ? new IntBinary(IntOperator.Add, bound, new IntConstant(1))
                : bound;
        return (index, from, to);
    }
}
