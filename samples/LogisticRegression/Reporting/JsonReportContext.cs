using System.Text.Json.Serialization;

namespace LogisticRegression.Reporting;

/// <summary>Serialization code for the JSON report, generated at compile time so no reflection runs at startup.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReportDocument))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
