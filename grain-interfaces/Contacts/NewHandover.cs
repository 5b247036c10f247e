namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>
/// A proposed överlämning. The summary texts travel with the role; <see cref="IsException"/>
/// with a reason allows a handover outside the usual phase order.
/// </summary>
[GenerateSerializer, Alias("bb.NewHandover")]
public sealed record NewHandover(
    string ToProfessionalId,
    ChildContactRole ToRole,
    HandoverTrigger Trigger,
    string SupportGiven,
    string WhatWorked,
    bool IsException = false,
    string? ExceptionReason = null,
    string? ToUnit = null);
