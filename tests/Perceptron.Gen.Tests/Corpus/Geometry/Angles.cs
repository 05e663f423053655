using System;
using Perceptron.Gen;

namespace Corpus.Geometry;

/// <summary>Angles between vectors, headings and areas.</summary>
public static partial class Angles
{
    // domain: ax -2..2, ay -2..2, az -2..2, bx -2..2, by -2..2, bz -2..2
    [Differentiable]
    public static double Between(double ax, double ay, double az, double bx, double by, double bz)
    {
        double dot = ax * bx + ay * by + az * bz;
        double lengths = Math.Sqrt(ax * ax + ay * ay + az * az) * Math.Sqrt(bx * bx + by * by + bz * bz);
        return Math.Acos(dot / lengths);
    }

    // A compass bearing in degrees, from 0 to 360.
    // domain: dx -3..3, dy -3..3
    [Differentiable]
    public static double Bearing(double dx, double dy)
    {
        double degrees = Math.Atan2(dx, dy) * 180 / Math.PI;
        if (degrees < 0)
        {
            degrees += 360;
        }

        return degrees;
    }

    // Heron's formula.
    // domain: a 3..4, b 3..4, c 3..4
    [Differentiable]
    public static double TriangleArea(double a, double b, double c)
    {
        double s = (a + b + c) / 2;
        return Math.Sqrt(s * (s - a) * (s - b) * (s - c));
    }

    // The angle at the corner b of the triangle abc, in float.
    // domain: ax -2..-1, ay -1..1, bx -0.5..0.5, by -0.5..0.5, cx 1..2, cy -1..1
    [Differentiable]
    public static float Corner(float ax, float ay, float bx, float by, float cx, float cy)
    {
        float ux = ax - bx;
        float uy = ay - by;
        float vx = cx - bx;
        float vy = cy - by;
        return MathF.Atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }
}
