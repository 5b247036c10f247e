using BackaBarnet.Live.GrainInterfaces.Contacts;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>A proposed överlämning; the receiver's role comes from the directory.</summary>
public sealed record HandoverRequest(
    string? ToProfessionalId,
    HandoverTrigger Trigger,
    string? SupportGiven,
    string? WhatWorked,
    bool IsException = false,
    string? ExceptionReason = null);
