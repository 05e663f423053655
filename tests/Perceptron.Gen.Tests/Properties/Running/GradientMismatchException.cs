using System;

namespace Perceptron.Gen.Tests.Properties.Running;

/// <summary>Thrown inside CsCheck's sampling when a case fails, carrying the description of the disagreement.</summary>
public sealed class GradientMismatchException(string message) : Exception(message);
