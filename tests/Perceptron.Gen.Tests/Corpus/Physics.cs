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

/// <summary>A mass on a damped spring.</summary>
public static partial class Spring
{
    // domain: stiffness 0.5..20, mass 0.2..5, damping 0.01..0.5, amplitude -2..2, time 0..10
    [Differentiable]
    public static double DampedDisplacement(double stiffness, double mass, double damping, double amplitude, double time)
    {
        double naturalFrequency = Math.Sqrt(stiffness / mass);
        double dampingRatio = damping / (2 * Math.Sqrt(stiffness * mass));
        double frequency = naturalFrequency * Math.Sqrt(1 - dampingRatio * dampingRatio);
        return amplitude * Math.Exp(-dampingRatio * naturalFrequency * time) * Math.Cos(frequency * time);
    }

    // domain: stiffness 0.5..20, mass 0.2..5, position -2..2, velocity -3..3
    [Differentiable]
    public static double Energy(double stiffness, double mass, double position, double velocity) =>
        0.5 * stiffness * position * position + 0.5 * mass * velocity * velocity;

    // Semi-implicit Euler: the velocity first, then the position with the new velocity.
    // domain: stiffness 0.5..20, mass 0.2..5, position -2..2, velocity -3..3, steps = 30
    [Differentiable]
    public static double EnergyAfterSteps(double stiffness, double mass, double position, double velocity, int steps)
    {
        double dt = 0.01;
        for (int step = 0; step < steps; step++)
        {
            velocity -= stiffness / mass * position * dt;
            position += velocity * dt;
        }

        return Energy(stiffness, mass, position, velocity);
    }

    // The small-angle series of a pendulum's period, in float.
    // domain: length 0.2..3, amplitude 0..0.8
    [Differentiable]
    public static float PendulumPeriod(float length, float amplitude)
    {
        float squared = amplitude * amplitude;
        return 2f * MathF.PI * MathF.Sqrt(length / 9.80665f) * (1f + squared / 16f + 11f * squared * squared / 3072f);
    }
}

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
