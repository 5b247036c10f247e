using BackaBarnet.Live.GrainInterfaces.Professionals;

namespace BackaBarnet.Live.Grains.Professionals;

[GenerateSerializer, Alias("bb.ProfessionalState")]
public sealed class ProfessionalState
{
    [Id(0)]
    public List<CaseloadEntry> Caseload { get; set; } = [];

    [Id(1)]
    public List<ConcernAlert> OpenAlerts { get; set; } = [];
}
