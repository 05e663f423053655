using System;
using Perceptron.Gen;

namespace Corpus.Physics;

/// <summary>A thrown ball: closed forms without air, and a flight under quadratic drag by fixed Euler steps.</summary>
public static partial class Projectile
{
    private const double Gravity = 9.80665;

    private static double surfaceGravity = 3.72;

    // domain: speed 5..40, angle 0.1..1.4, time 0..4
    [Differentiable]
    public static double Height(double speed, double angle, double time)
    {
        double vertical = speed * Math.Sin(angle);
        return vertical * time - 0.5 * Gravity * time * time;
    }

    // domain: speed 5..40, angle 0.1..1.4, launchHeight 0..20
    [Differentiable]
    public static double Range(double speed, double angle, double launchHeight)
    {
        double vx = speed * Math.Cos(angle);
        double vy = speed * Math.Sin(angle);
        double flightTime = (vy + Math.Sqrt(vy * vy + 2 * Gravity * launchHeight)) / Gravity;
        return vx * flightTime;
    }

    // domain: speed 5..40, angle 0.1..1.4
    [Differentiable]
    public static double PeakHeight(double speed, double angle) => Math.Pow(speed * Math.Sin(angle), 2) / (2 * Gravity);

    // The horizontal distance after a fixed number of steps; each step slows the ball by drag·|v|·v.
    // domain: speed 5..40, angle 0.1..1.4, drag 0.001..0.05, steps = 40
    [Differentiable(nameof(speed), nameof(angle), nameof(drag))]
    public static double DragDistance(double speed, double angle, double drag, int steps)
    {
        double dt = 0.02;
        double x = 0;
        double vx = speed * Math.Cos(angle);
        double vy = speed * Math.Sin(angle);
        for (int i = 0; i < steps; i++)
        {
            double v = Math.Sqrt(vx * vx + vy * vy);
            x += vx * dt;
            vx -= drag * v * vx * dt;
            vy -= (Gravity + drag * v * vy) * dt;
        }

        return x;
    }

    // A mutable static field is state the gradient cannot see change.
    [Differentiable]
    public static double HeightOnMars(double speed, double time) => speed * time - 0.5 * {|PGEN004:surfaceGravity|} * time * time;
}
