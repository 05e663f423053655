using System;
using Perceptron.Gen;

namespace Corpus.Geometry;

/// <summary>Distances in space, on a segment, around a polygon and on a sphere.</summary>
public static partial class Distances
{
    // domain: x1 -5..5, y1 -5..5, z1 -5..5, x2 -5..5, y2 -5..5, z2 -5..5
    [Differentiable]
    public static double Euclidean(double x1, double y1, double z1, double x2, double y2, double z2)
    {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double dz = z2 - z1;
        return Math.Sqrt(dx * dx + dy * dy + dz * dz);
    }

    // The distance from p to the nearest point of the segment from a to b.
    // domain: px -3..3, py -3..3, ax -3..-1, ay -3..3, bx 1..3, by -3..3
    [Differentiable]
    public static double ToSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        double ex = bx - ax;
        double ey = by - ay;
        double t = Math.Clamp(((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey), 0, 1);
        double nearestX = ax + t * ex;
        double nearestY = ay + t * ey;
        return Math.Sqrt((px - nearestX) * (px - nearestX) + (py - nearestY) * (py - nearestY));
    }

    // The closed polygon through the points (xs[i], ys[i]); the last edge returns to the first point.
    // domain: xs[5] -4..4, ys[5] -4..4
    [Differentiable]
    public static double Perimeter(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys)
    {
        int last = xs.Length - 1;
        double total = Math.Sqrt(Math.Pow(xs[0] - xs[last], 2) + Math.Pow(ys[0] - ys[last], 2));
        for (int i = 0; i < last; i++)
        {
            total += Math.Sqrt(Math.Pow(xs[i + 1] - xs[i], 2) + Math.Pow(ys[i + 1] - ys[i], 2));
        }

        return total;
    }

    // The great-circle distance in kilometres between two points given in radians.
    // domain: latitude1 -1.4..1.4, longitude1 -3..3, latitude2 -1.4..1.4, longitude2 -3..3
    [Differentiable]
    public static double Haversine(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        const double earthRadius = 6371.0;
        double halfLatitude = Math.Sin((latitude2 - latitude1) / 2);
        double halfLongitude = Math.Sin((longitude2 - longitude1) / 2);
        double a = halfLatitude * halfLatitude + Math.Cos(latitude1) * Math.Cos(latitude2) * halfLongitude * halfLongitude;
        return 2 * earthRadius * Math.Asin(Math.Sqrt(a));
    }
}
