using System;

namespace LogisticRegression.Reference;

/// <summary>Solves A·x = b for a symmetric positive definite A by its Cholesky factorization A = L·Lᵀ.</summary>
public static class CholeskySolver
{
    /// <summary>Solves the system, or says that A is not (numerically) positive definite.</summary>
    /// <param name="matrix">A, row-major, <paramref name="size"/> × <paramref name="size"/>, symmetric; not changed.</param>
    /// <param name="size">The number of unknowns.</param>
    /// <param name="rightHandSide">b; not changed.</param>
    /// <param name="solution">x on success; empty otherwise.</param>
    /// <returns>Whether A is positive definite, so that the factorization and the solution exist.</returns>
    public static bool TrySolve(ReadOnlySpan<double> matrix, int size, ReadOnlySpan<double> rightHandSide, out double[] solution)
    {
        if (matrix.Length != size * size || rightHandSide.Length != size)
        {
            throw new ArgumentException($"Expected a {size} × {size} matrix and {size} values.");
        }

        // L, row-major, lower triangle only: L[r, c] = (A[r, c] − Σₖ L[r, k]·L[c, k]) / L[c, c], and the diagonal from the same sum.
        var lower = new double[size * size];
        for (int row = 0; row < size; row++)
        {
            for (int column = 0; column <= row; column++)
            {
                double sum = matrix[(row * size) + column];
                for (int k = 0; k < column; k++)
                {
                    sum -= lower[(row * size) + k] * lower[(column * size) + k];
                }

                if (row == column)
                {
                    // A pivot that is not clearly positive means A is singular or indefinite to working precision.
                    if (!(sum > 1e-14 * Math.Abs(matrix[(row * size) + row])))
                    {
                        solution = [];
                        return false;
                    }

                    lower[(row * size) + row] = Math.Sqrt(sum);
                }
                else
                {
                    lower[(row * size) + column] = sum / lower[(column * size) + column];
                }
            }
        }

        // L·u = b forwards, then Lᵀ·x = u backwards.
        var u = new double[size];
        for (int row = 0; row < size; row++)
        {
            double sum = rightHandSide[row];
            for (int k = 0; k < row; k++)
            {
                sum -= lower[(row * size) + k] * u[k];
            }

            u[row] = sum / lower[(row * size) + row];
        }

        solution = new double[size];
        for (int row = size - 1; row >= 0; row--)
        {
            double sum = u[row];
            for (int k = row + 1; k < size; k++)
            {
                sum -= lower[(k * size) + row] * solution[k];
            }

            solution[row] = sum / lower[(row * size) + row];
        }

        return true;
    }
}
