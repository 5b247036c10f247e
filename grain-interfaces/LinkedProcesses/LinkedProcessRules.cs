using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.LinkedProcesses;

public static class LinkedProcessRules
{
    public static LinkedProcessInput Validate(LinkedProcessInput? process)
    {
        if (process is null)
        {
            throw new DomainRuleException("process", "is required.", ErrorCodes.FieldRequired);
        }

        return process with
        {
            Kind = DefinedEnum.Validate("kind", process.Kind),
            Status = DefinedEnum.Validate("status", process.Status),
            Responsible = RequiredText.Validate("responsible", process.Responsible, 200),
            Note = OptionalText.Validate("note", process.Note, 1000),
        };
    }

    /// <summary>"One child, one plan": names each active SIP so a parallel plan or meeting is not started unawares.</summary>
    public static IReadOnlyList<string> ActiveSipWarnings(IEnumerable<LinkedProcessView> processes) =>
        processes
            .Where(p => p.Process is { Kind: LinkedProcessKind.Sip, Status: LinkedProcessStatus.Active })
            .Select(p => $"The child has an active SIP (responsible: {p.Process.Responsible}). One child, one plan: coordinate with the SIP instead of planning in parallel.")
            .ToArray();
}
