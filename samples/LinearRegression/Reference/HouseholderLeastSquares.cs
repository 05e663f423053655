using System;

namespace LinearRegression.Reference;

/// <summary>
/// Least squares by Householder QR: the x that minimizes ‖A·x − b‖, which is the solution of the normal equations
/// AᵀA·x = Aᵀb. Factoring A = Q·R and solving R·x = Qᵀb satisfies them without forming AᵀA, whose condition number is the
/// square of A's; with features in their own units (cholesterol in the hundreds beside an intercept of 1) that difference is
/// several digits.
/// </summary>
public static class HouseholderLeastSquares
{
    /// <summary>Solves a least-squares problem with a full-rank matrix, or finds the first column that makes it rank deficient.</summary>
    /// <param name="matrix">A, row-major, <paramref name="rowCount"/> × <paramref name="columnCount"/>; not changed.</param>
    /// <param name="rowCount">The number of rows, at least <paramref name="columnCount"/>.</param>
    /// <param name="columnCount">The number of columns (unknowns).</param>
    /// <param name="rightHandSide">b, one value per row; not changed.</param>
    /// <param name="solution">x on success; empty otherwise.</param>
    /// <param name="dependentColumn">
    /// On failure, the first column that is (to rounding) a linear combination of the columns before it; -1 on success.
    /// </param>
    /// <returns>Whether A has full column rank, so that the solution is unique.</returns>
    public static bool TrySolve(
        ReadOnlySpan<double> matrix,
        int rowCount,
        int columnCount,
        ReadOnlySpan<double> rightHandSide,
        out double[] solution,
        out int dependentColumn
    )
    {
        if (matrix.Length != rowCount * columnCount || rightHandSide.Length != rowCount || rowCount < columnCount)
        {
            throw new ArgumentException(
                $"Expected a {rowCount} × {columnCount} matrix with at least as many rows as columns, and {rowCount} values."
            );
        }

        double[] a = matrix.ToArray();
        double[] b = rightHandSide.ToArray();
        var diagonal = new double[columnCount];
        for (int column = 0; column < columnCount; column++)
        {
            // The column's size before the reflections, to judge whether what is left of it is only rounding.
            double originalNorm = ColumnNorm(matrix, rowCount, columnCount, column, fromRow: 0);
            double norm = ColumnNorm(a, rowCount, columnCount, column, fromRow: column);
            if (norm <= 1e-10 * originalNorm)
            {
                solution = [];
                dependentColumn = column;
                return false;
            }

            // The reflection H = I − 2·v·vᵀ/(vᵀv) maps the column's lower part onto α·e₁; α's sign avoids cancellation in v.
            double alpha = a[(column * columnCount) + column] > 0 ? -norm : norm;
            var v = new double[rowCount - column];
            for (int row = column; row < rowCount; row++)
            {
                v[row - column] = a[(row * columnCount) + column];
            }

            v[0] -= alpha;
            double vSquared = 0;
            foreach (double component in v)
            {
                vSquared += component * component;
            }

            for (int later = column + 1; later < columnCount; later++)
            {
                Reflect(a, rowCount, columnCount, later, column, v, vSquared);
            }

            ReflectVector(b, column, v, vSquared);
            diagonal[column] = alpha;
        }

        solution = BackSubstitute(a, columnCount, diagonal, b);
        dependentColumn = -1;
        return true;
    }

    private static double ColumnNorm(ReadOnlySpan<double> a, int rowCount, int columnCount, int column, int fromRow)
    {
        // Scaled by the largest entry, so that squares of large values cannot overflow.
        double largest = 0;
        for (int row = fromRow; row < rowCount; row++)
        {
            largest = Math.Max(largest, Math.Abs(a[(row * columnCount) + column]));
        }

        if (largest == 0)
        {
            return 0;
        }

        double sum = 0;
        for (int row = fromRow; row < rowCount; row++)
        {
            double scaled = a[(row * columnCount) + column] / largest;
            sum += scaled * scaled;
        }

        return largest * Math.Sqrt(sum);
    }

    private static void Reflect(double[] a, int rowCount, int columnCount, int target, int pivot, double[] v, double vSquared)
    {
        double dot = 0;
        for (int row = pivot; row < rowCount; row++)
        {
            dot += v[row - pivot] * a[(row * columnCount) + target];
        }

        double factor = 2 * dot / vSquared;
        for (int row = pivot; row < rowCount; row++)
        {
            a[(row * columnCount) + target] -= factor * v[row - pivot];
        }
    }

    private static void ReflectVector(double[] b, int pivot, double[] v, double vSquared)
    {
        double dot = 0;
        for (int row = pivot; row < b.Length; row++)
        {
            dot += v[row - pivot] * b[row];
        }

        double factor = 2 * dot / vSquared;
        for (int row = pivot; row < b.Length; row++)
        {
            b[row] -= factor * v[row - pivot];
        }
    }

    // R is upper triangular: its diagonal is kept apart, its upper part is where the reflections left it in a.
    private static double[] BackSubstitute(double[] a, int columnCount, double[] diagonal, double[] qTransposeB)
    {
        var x = new double[columnCount];
        for (int row = columnCount - 1; row >= 0; row--)
        {
            double sum = qTransposeB[row];
            for (int column = row + 1; column < columnCount; column++)
            {
                sum -= a[(row * columnCount) + column] * x[column];
            }

            x[row] = sum / diagonal[row];
        }

        return x;
    }
}
