using BackaBarnet.Live.Benchmarks.Reporting;

namespace BackaBarnet.Live.Benchmarks.Comparison;

/// <summary>A product ÷ peer ratio against its target: at most (≤) or at least (≥).</summary>
public sealed record Ratio(string Measure, double Product, double Peer, double Target, bool AtMost)
{
    public double Value => Product / Peer;

    public bool Met => AtMost ? Value <= Target : Value >= Target;

    public string TargetText => ScenarioReport.Invariant($"{(AtMost ? "≤" : "≥")} {Target:0.0#}");

    public string Short => ScenarioReport.Invariant($"{Measure} {Value:0.00} ({TargetText}{(Met ? "" : " MISSED")})");

    public TargetRow Row(string scenario, string unit) => new(
        scenario,
        $"{Measure}, product ÷ peer",
        TargetText,
        ScenarioReport.Invariant($"{Value:0.00} ({Product:0.##} ÷ {Peer:0.##} {unit})"),
        Met);
}
