using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>What travels with the barnkontakt role: support so far, what worked, open concerns and the plan.</summary>
[GenerateSerializer, Alias("bb.HandoverSummary")]
public sealed record HandoverSummary(
    string SupportGiven,
    string WhatWorked,
    IReadOnlyList<ConcernView> OpenConcerns,
    PlanView Plan,
    string? ExceptionReason);
