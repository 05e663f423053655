using System;
using Perceptron.Gen;

namespace Corpus.Physics;

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
