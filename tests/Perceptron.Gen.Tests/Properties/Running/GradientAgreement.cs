using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Perceptron.Gen.Tests.Properties.Generation;
using Perceptron.Gen.Tests.Properties.Oracles;
using Perceptron.Gen.Tests.Properties.Programs;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>
/// The property: at every point fit to check, the compiled method's value is the interpreter's, and the generated
/// gradient equals the dual-number gradient to rounding and the finite-difference gradient to the accuracy of differencing.
/// </summary>
public static class GradientAgreement
{
    /// <summary>Generated against dual numbers: both are exact derivatives, so only rounding may differ.</summary>
    public const double RelativeTolerance = 1e-9;

    public const double AbsoluteTolerance = 1e-12;

    /// <summary>Dual numbers against finite differences, relative to the derivative (or to 1 when it is smaller).</summary>
    public const double FiniteDifferenceTolerance = 1e-5;

    /// <summary>
    /// How much larger than a partial derivative (or than 10⁻³, when it is smaller) the derivatives of the values it is
    /// computed from may be. Beyond that it is their difference, or a tiny factor of them (tanh far out), and the order
    /// in which reverse and forward mode round no longer agrees to <see cref="RelativeTolerance"/>: a loop that runs
    /// <c>a = Math.Sin(a) * (a / b) + x / c</c> over four elements with c = 0.061 has intermediate partials up to 8·10⁵
    /// and, through a saturated tanh, a result of 4·10⁻⁴, which the two modes round 8·10⁻⁹ apart.
    /// </summary>
    public const double LargestCancellation = 1e5;

    public static CaseOutcome Check(PropertyCase propertyCase, BatchEntry compiled)
    {
        if (compiled.IsInvalidProgram)
        {
            return Failed($"The random program is not valid C# (a bug in the tests):\n{compiled.Rejection}", FailureKind.InvalidProgram);
        }

        if (compiled.Program is null)
        {
            return Failed($"The generator did not produce a compiling gradient:\n{compiled.Rejection}", FailureKind.NotGenerated);
        }

        // Generated code must compile cleanly: users who treat warnings as errors would otherwise not build.
        var unexplained = compiled.GeneratedWarnings.Where(warning => KnownGeneratorBugs.ExplainingWarning(warning) is null).ToList();
        if (unexplained.Count > 0)
        {
            return Failed($"The generated code has compiler warnings:\n{string.Join("\n", unexplained)}", FailureKind.NotGenerated);
        }

        var notes = compiled
            .GeneratedWarnings.Select(warning => $"a known generator bug: {KnownGeneratorBugs.ExplainingWarning(warning)}")
            .ToList();
        var checkedPoints = 0;
        foreach (var coordinates in propertyCase.Points)
        {
            var point = coordinates.ToArray();
            PointVerdict verdict;
            try
            {
                verdict = CheckPoint(propertyCase.Program, point, compiled.Program);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                // The interpreter refuses what C# would refuse too (Math.Clamp with crossed bounds): the program is invalid.
                return Failed($"The interpreter failed (a bug in the tests): {exception}", FailureKind.InvalidProgram);
            }

            if (verdict.Failure is not null)
            {
                return Failed($"At {Describe(propertyCase.Program, point)}:\n{verdict.Failure}", FailureKind.WrongResult);
            }

            checkedPoints += verdict.Checked ? 1 : 0;
            if (verdict.Note is not null)
            {
                notes.Add(verdict.Note);
            }
        }

        return CaseOutcome.Passed(checkedPoints, notes);
    }

    private static CaseOutcome Failed(string failure, FailureKind kind) => new(0, Array.Empty<string>(), failure, kind);

    private static PointVerdict CheckPoint(RandomProgram program, double[] point, CompiledProgram compiled)
    {
        var evaluation = ProgramInterpreter.Evaluate(program, point);
        if ((evaluation.UnfitReason ?? Neighbourhood.PathChangeNear(program, point, evaluation)) is { } unfit)
        {
            return PointVerdict.Skipped(unfit);
        }

        double compiledValue;
        (double Value, double[] Gradient) generated;
        try
        {
            compiledValue = compiled.Value(point);
            generated = compiled.ValueAndGradient(point);
        }
        catch (TargetInvocationException thrown)
        {
            return KnownGeneratorBugs.ExplainingThrow(program, evaluation, thrown.InnerException!) is { } knownBug
                ? PointVerdict.Skipped($"a known generator bug: {knownBug}")
                : PointVerdict.Failed($"  the compiled code threw {thrown.InnerException}");
        }

        // The printed C# and the interpreter are the same program, rounding for rounding.
        var value = evaluation.Result.Value;
        if (compiledValue != value)
        {
            return PointVerdict.Failed(
                $"  the compiled method returns {Format(compiledValue)}, the interpreter {Format(value)} (a bug in the tests)"
            );
        }

        // The README promises the forward code is emitted as written, so the value must round exactly the same.
        if (!generated.Value.Equals(value))
        {
            return PointVerdict.Failed(
                $"  {RandomProgram.MethodName}Gradient returns the value {Format(generated.Value)}, the method {Format(value)}"
            );
        }

        return ComparePartials(program, point, evaluation, generated.Gradient);
    }

    private static PointVerdict ComparePartials(RandomProgram program, double[] point, Evaluation atPoint, double[] generatedGradient)
    {
        string? note = null;
        var names = program.CoordinateNames;
        for (var parameter = 0; parameter < names.Length; parameter++)
        {
            var seeded = ProgramInterpreter.Evaluate(program, point, parameter);
            if (seeded.UnfitReason is { } unfit)
            {
                return PointVerdict.Skipped(unfit);
            }

            var dual = seeded.Result.Derivative;
            if (seeded.LargestDerivative > LargestCancellation * Math.Max(Math.Abs(dual), 1e-3))
            {
                return PointVerdict.Skipped(
                    $"an ill-conditioned partial ({Format(dual)} from intermediate ones up to {Format(seeded.LargestDerivative)})"
                );
            }

            var generated = generatedGradient[parameter];
            var (differenced, steady) = FiniteDifferences.Estimate(program, point, parameter);
            if (!Close(generated, dual) && KnownGeneratorBugs.Explaining(program, atPoint, generated) is { } knownBug)
            {
                return PointVerdict.Skipped($"a known generator bug: {knownBug}");
            }

            if (!Close(generated, dual) || (steady && !CloseToDifference(dual, differenced)))
            {
                var partial = $"∂{RandomProgram.MethodName}/∂{names[parameter]}";
                return PointVerdict.Failed(
                    $"  {partial}: generated {Format(generated)}, dual numbers {Format(dual)}, finite differences {Format(differenced)}"
                );
            }

            note ??= steady ? null : "unsteady finite differences (checked against dual numbers only)";
        }

        return PointVerdict.Passed(note);
    }

    private static bool Close(double actual, double expected) =>
        actual.Equals(expected)
        || Math.Abs(actual - expected) <= RelativeTolerance * Math.Max(Math.Abs(actual), Math.Abs(expected)) + AbsoluteTolerance;

    private static bool CloseToDifference(double dual, double differenced) =>
        Math.Abs(dual - differenced) <= FiniteDifferenceTolerance * Math.Max(1, Math.Abs(dual));

    private static string Describe(RandomProgram program, double[] point) =>
        $"{RandomProgram.MethodName}({string.Join(", ", PropertyCase.Arguments(program, point.ToImmutableArray()))})";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
