using System;
using Perceptron.Gen;

namespace Corpus.Physics;

/// <summary>A body around a fixed central mass, in the plane.</summary>
public static partial class Orbit
{
    // domain: x -2..-1, y 0.5..1.5, vx -0.5..0.5, vy -1..1, mu 0.5..2
    [Differentiable]
    public static double SpecificEnergy(double x, double y, double vx, double vy, double mu) =>
        0.5 * (vx * vx + vy * vy) - mu / Math.Sqrt(x * x + y * y);

    // One velocity-Verlet position update: x + v·dt + a·dt²/2 with a = −μ·x/r³.
    // domain: x -2..-1, y 0.5..1.5, vx -0.5..0.5, mu 0.5..2, dt 0.001..0.05
    [Differentiable]
    public static double StepX(double x, double y, double vx, double mu, double dt)
    {
        double r3 = Math.Pow(x * x + y * y, 1.5);
        double ax = -mu * x / r3;
        return x + vx * dt + 0.5 * ax * dt * dt;
    }

    // The distance from the centre after a number of leapfrog steps, in a do … while loop.
    // domain: x -2..-1, y 0.5..1.5, vx -0.5..0.5, vy -1..1, mu 0.5..2, steps = 25
    [Differentiable]
    public static double RadiusAfter(double x, double y, double vx, double vy, double mu, int steps)
    {
        double dt = 0.01;
        double done = 0;
        do
        {
            double r = Math.Sqrt(x * x + y * y);
            double pull = mu / (r * r * r);
            vx -= 0.5 * dt * pull * x;
            vy -= 0.5 * dt * pull * y;
            x += dt * vx;
            y += dt * vy;
            double rNew = Math.Sqrt(x * x + y * y);
            double pullNew = mu / (rNew * rNew * rNew);
            vx -= 0.5 * dt * pullNew * x;
            vy -= 0.5 * dt * pullNew * y;
            done += 1;
        } while (done < steps);

        return Math.Sqrt(x * x + y * y);
    }
}
