namespace CaseManagement.Benchmarks;

/// <summary>One measured figure of the results table.</summary>
public sealed record Figure(string Benchmark, string Measure, double Value, string Unit, string Note = "");
