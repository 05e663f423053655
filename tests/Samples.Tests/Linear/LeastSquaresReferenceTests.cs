using System;
using LinearRegression.Loading;
using LinearRegression.Reference;
using LinearRegression.Training;
using Samples.Common.Loading;
using Xunit;

namespace Samples.Tests.Linear;

public sealed class LeastSquaresReferenceTests
{
    [Fact]
    public void HouseholderQrSolvesAnOverdeterminedSystemExactly()
    {
        // y = 1 + 2x fits (0, 1), (1, 3), (2, 5) exactly.
        double[] matrix = [1, 0, 1, 1, 1, 2];

        bool solved = HouseholderLeastSquares.TrySolve(matrix, 3, 2, [1, 3, 5], out double[] solution, out int dependent);

        Assert.True(solved);
        Assert.Equal(-1, dependent);
        Assert.Equal(1, solution[0], 1e-14);
        Assert.Equal(2, solution[1], 1e-14);
    }

    [Fact]
    public void HouseholderQrNamesTheFirstColumnThatDependsOnTheOthers()
    {
        // Column 2 is column 0 plus twice column 1.
        double[] matrix = [1, 0, 1, 1, 1, 3, 1, 2, 5, 1, 5, 11];

        bool solved = HouseholderLeastSquares.TrySolve(matrix, 4, 3, [1, 2, 3, 4], out _, out int dependent);

        Assert.False(solved);
        Assert.Equal(2, dependent);
    }

    [Fact]
    public void TheDiabetesFitEqualsTheExactRationalSolution()
    {
        RegressionFit fit = LeastSquaresReference.Fit(DiabetesData.Load());

        for (int j = 0; j < PublishedFit.Weights.Length; j++)
        {
            Assert.Equal(PublishedFit.Weights[j], fit.Coefficients.Weights[j], Math.Abs(PublishedFit.Weights[j]) * 1e-12);
        }

        Assert.Equal(PublishedFit.Intercept, fit.Coefficients.Bias, 1e-9);
        Assert.Equal(PublishedFit.MeanSquaredError, fit.MeanSquaredError, 1e-9);
    }

    [Fact]
    public void AFeatureThatIsACombinationOfOthersIsNamed()
    {
        using var file = new TemporaryCsvFile("a,b,c,y\n1,0,1,1\n1,1,3,2\n2,1,4,2\n0,3,6,5\n");

        var table = CsvTableLoader.LoadFile(file.Path, "y", TargetKind.Number);
        DataFileException exception = Assert.Throws<DataFileException>(() => LeastSquaresReference.Fit(table));

        Assert.Equal("c", exception.ColumnName);
        Assert.Contains("the feature is a linear combination of the features before it and a constant", exception.Message);
    }
}
