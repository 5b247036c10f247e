using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary><paramref name="Outcome"/> is Handled (with what was done) or ReferredToTeam (with why).</summary>
public sealed record CloseConcernRequest(ConcernStatus? Outcome, string? WhatWasDone);
