namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>Every authenticated endpoint of the API, in an order where earlier calls do not spoil later ones.</summary>
internal static class EndpointTable
{
    private static readonly (int, int, int) None = (0, 0, 0);
    private static readonly (int, int, int) One = (1, 1, 1);
    private static readonly (int, int, int) Ok = (200, 200, 200);
    private static readonly (int, int, int) Forbidden = (403, 403, 403);

    /// <summary>Routes anyone may call: the dev sign-in (only when enabled), the API description and the health probes.</summary>
    public static readonly string[] Public =
        ["GET /auth/demo-people", "POST /api/dev/sign-in", "GET /openapi/{documentName}.json", "* /health/live", "* /health/ready",
        "GET /auth/sign-in", "POST /auth/sign-out", "GET /auth/session", "POST /api/dev/family/sign-in", "GET /auth/familj/sign-in"];

    public static readonly EndpointCase[] Cases =
    [
        Case("GET", "/api/children/{childId:guid}", w => $"/api/children/{w.ChildId}", null, (403, 200, 200), One),
        Case("GET", "/api/children/{childId:guid}/chronology", w => $"/api/children/{w.ChildId}/chronology", null, (403, 403, 200), One),
        Case("GET", "/api/children/{childId:guid}/concerns/closed", w => $"/api/children/{w.ChildId}/concerns/closed?take=5", null, (403, 200, 200), One),
        Case("GET", "/api/children/{childId:guid}/plan", w => $"/api/children/{w.ChildId}/plan", null, (403, 200, 200), One),
        Case("GET", "/api/children/{childId:guid}/follow-up", w => $"/api/children/{w.ChildId}/follow-up", null, (403, 403, 200), One),
        Case("PUT", "/api/children/{childId:guid}/plan", w => $"/api/children/{w.ChildId}/plan",
            _ => new { goals = Array.Empty<object>(), expectedVersion = 1 }, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/plan/actions", w => $"/api/children/{w.ChildId}/plan/actions",
            _ => new { what = "Mer stöd", agency = "SocialServices", expectedVersion = 1 }, Forbidden, One),
        Case("PUT", "/api/children/{childId:guid}/plan/actions/{actionId:guid}", w => $"/api/children/{w.ChildId}/plan/actions/{w.ActionId}",
            _ => new { what = "Stödsamtal", agency = "SocialServices", responsibleId = AccessWorld.OtherAgency, status = "Active", expectedVersion = 1 }, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/plan/actions/{actionId:guid}/status", w => $"/api/children/{w.ChildId}/plan/actions/{w.ActionId}/status",
            _ => new { status = "Active", expectedVersion = 1 }, (403, 200, 200), One),
        Case("POST", "/api/children/{childId:guid}/assessments", w => $"/api/children/{w.ChildId}/assessments",
            _ => new { rater = "Professional", assessedOn = Today, ratings = new[] { new { area = "Safe", value = 3 } } }, (403, 200, 200), One),
        Case("POST", "/api/children/{childId:guid}/concerns", w => $"/api/children/{w.ChildId}/concerns",
            _ => new { text = "Orolig för Matilda", areas = new[] { "Safe" } }, (201, 201, 201), One),
        Case("POST", "/api/concerns", _ => "/api/concerns",
            w => new { personnummer = w.Personnummer, text = "Orolig för Matilda", areas = new[] { "Safe" } }, (201, 201, 201), (2, 2, 2)),
        Case("POST", "/api/children/lookup", _ => "/api/children/lookup", w => new { personnummer = w.Personnummer }, Ok, One),
        Case("POST", "/api/children/{childId:guid}/concerns/{concernId:guid}/acknowledge",
            w => $"/api/children/{w.ChildId}/concerns/{w.ConcernId}/acknowledge", null, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/concerns/{concernId:guid}/close",
            w => $"/api/children/{w.ChildId}/concerns/{w.ConcernId}/close", _ => new { outcome = "Handled", whatWasDone = "Samtal" }, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/concerns/{concernId:guid}/mandatory-report",
            w => $"/api/children/{w.ChildId}/concerns/{w.ConcernId}/mandatory-report", _ => new { madeBy = "Sara", madeAt = DateTimeOffset.UtcNow.AddHours(-1) }, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/handover", w => $"/api/children/{w.ChildId}/handover",
            _ => new { toProfessionalId = "maria-forskola", trigger = "ProposedByContact", supportGiven = "Samtal", whatWorked = "Bilder" }, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/handover/accept", w => $"/api/children/{w.ChildId}/handover/accept", null, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/handover/withdraw", w => $"/api/children/{w.ChildId}/handover/withdraw", null, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/support-decline", w => $"/api/children/{w.ChildId}/support-decline", _ => new { reason = "Vill inte" }, Forbidden, One),
        Case("DELETE", "/api/children/{childId:guid}/support-decline", w => $"/api/children/{w.ChildId}/support-decline", null, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/consents", w => $"/api/children/{w.ChildId}/consents",
            _ => new { agency = "Police", givenBy = "Mamma", givenOn = Today }, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/consents/{consentId:guid}/revoke", w => $"/api/children/{w.ChildId}/consents/{w.ConsentId}/revoke", null, Forbidden, One),
        Case("POST", "/api/children/{childId:guid}/linked-processes", w => $"/api/children/{w.ChildId}/linked-processes",
            _ => new { kind = "Sip", status = "Planned", responsible = "Region", note = (string?)null }, Forbidden, One),
        Case("PUT", "/api/children/{childId:guid}/linked-processes/{processId:guid}", w => $"/api/children/{w.ChildId}/linked-processes/{Guid.NewGuid()}",
            _ => new { kind = "Sip", status = "Planned", responsible = "Region", note = (string?)null }, Forbidden, One),
        Case("GET", "/api/sessions/{sessionId:guid}", w => $"/api/sessions/{w.SessionId}", null, (403, 200, 200), One),
        Case("POST", "/api/sessions/{sessionId:guid}/open", w => $"/api/sessions/{w.SessionId}/open", null, Forbidden, One),
        Case("POST", "/api/sessions/{sessionId:guid}/close", w => $"/api/sessions/{w.SessionId}/close", null, Forbidden, One),
        Case("GET", "/api/sessions/{sessionId:guid}/calendar.ics", w => $"/api/sessions/{w.SessionId}/calendar.ics", null, (403, 200, 200), One),
        Case("POST", "/api/sessions/{sessionId:guid}/reschedule", w => $"/api/sessions/{w.SessionId}/reschedule",
            _ => new { scheduledAt = DateTimeOffset.UtcNow.AddDays(2), videoLink = "https://mote.example/rum" }, Forbidden, One),
        Case("POST", "/api/sessions/{sessionId:guid}/cancel", w => $"/api/sessions/{w.SessionId}/cancel", null, Forbidden, One),
        Case("POST", "/api/sessions/", _ => "/api/sessions",
            w => new { kind = "Individual", childIds = new[] { w.ChildId }, scheduledAt = DateTimeOffset.UtcNow.AddDays(1), participants = Array.Empty<object>() }, Forbidden, One),
        Case("POST", "/api/children/", _ => "/api/children", _ => new { displayName = "Ny", childContactId = AccessWorld.Contact }, (201, 201, 201), One),
        Case("GET", "/api/me/", _ => "/api/me", null, Ok, None),
        // One's own lists leave one row per child they show (AuditCoverageTests counts them exactly).
        Case("GET", "/api/me/children", _ => "/api/me/children", null, Ok, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/me/concerns", _ => "/api/me/concerns", null, Ok, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/me/sessions", _ => "/api/me/sessions", null, Ok, (0, 1, 1)) with { AtLeastAuditRows = true },
        Case("GET", "/api/me/assignments", _ => "/api/me/assignments", null, Ok, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/me/inbox", _ => "/api/me/inbox", null, Ok, None) with { AtLeastAuditRows = true },
        Case("POST", "/api/me/inbox/{notificationId:guid}/read", _ => $"/api/me/inbox/{Guid.NewGuid()}/read", null, Ok, None),
        Case("POST", "/api/me/inbox/read-all", _ => "/api/me/inbox/read-all", null, Ok, None),
        Case("GET", "/api/me/inbox/archived", _ => "/api/me/inbox/archived", null, Ok, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/me/notice-settings", _ => "/api/me/notice-settings", null, Ok, None),
        Case("PUT", "/api/me/notice-settings", _ => "/api/me/notice-settings",
            _ => new { emailKinds = new[] { "ConcernRaised" }, dailyDigest = false, quietFrom = "21:00:00", quietTo = "07:00:00" }, Ok, None),
        Case("GET", "/api/professionals", _ => "/api/professionals", null, Ok, None),
        Case("GET", "/api/dev/professionals", _ => "/api/dev/professionals", null, Ok, None),
        Case("GET", "/api/people", _ => "/api/people", null, Ok, None),
        Case("GET", "/api/me/overview/children", _ => "/api/me/overview/children", null, Ok, (0, 1, 1)) with { AtLeastAuditRows = true },
        Case("GET", "/api/me/overview/meetings", _ => "/api/me/overview/meetings", null, Ok, None),
        Case("GET", "/api/me/overview/actions", _ => "/api/me/overview/actions", null, Ok, (0, 1, 1)) with { AtLeastAuditRows = true },
        Case("GET", "/api/statistics/pilot", _ => "/api/statistics/pilot", null, Forbidden, None),
        Case("GET", "/api/statistics/pilot.csv", _ => "/api/statistics/pilot.csv", null, Forbidden, None),
        Case("GET", "/api/statistics/dictionary", _ => "/api/statistics/dictionary", null, Forbidden, None),
        Case("POST", "/api/statistics/rebuild", _ => "/api/statistics/rebuild", null, Forbidden, None),
        Case("GET", "/ops/metrics", _ => "/ops/metrics", null, Forbidden, None) with { RouteMethods = "*" },
        Case("GET", "/api/audit/children/{childId:guid}", w => $"/api/audit/children/{w.ChildId}", null, Forbidden, None),
        Case("GET", "/api/audit/professionals/{professionalId}", _ => $"/api/audit/professionals/{AccessWorld.Contact}", null, Forbidden, None),
        Case("GET", "/api/audit/children/{childId:guid}/verification", w => $"/api/audit/children/{w.ChildId}/verification", null, Forbidden, None),
        Case("GET", "/api/audit/professionals/{professionalId}/verification", _ => $"/api/audit/professionals/{AccessWorld.Contact}/verification", null, Forbidden, None),
        Case("POST", "/api/audit/extract", _ => "/api/audit/extract",
            w => new { personnummer = w.Personnummer, from = "2026-01-01", to = "2026-12-31" }, Forbidden, None),
        // The family's routes turn every professional away at the authorization policy, before any handler runs, so they
        // cannot write a row; they are checked for the status only because a late row of an earlier call was seen landing
        // in their window (FamilyAccessTests try them as family members and count the family's rows exactly).
        Case("GET", "/api/family/me", _ => "/api/family/me", null, Forbidden, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/family/meetings/{sessionId:guid}", w => $"/api/family/meetings/{w.SessionId}?childId={w.ChildId}", null, Forbidden, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/family/meetings/{sessionId:guid}/plan", w => $"/api/family/meetings/{w.SessionId}/plan?childId={w.ChildId}", null, Forbidden, None) with { AtLeastAuditRows = true },
        Case("GET", "/api/family/meetings/{sessionId:guid}/plan.pdf", w => $"/api/family/meetings/{w.SessionId}/plan.pdf?childId={w.ChildId}", null, Forbidden, None) with { AtLeastAuditRows = true },
        Case("POST", "/api/children/{childId:guid}/guardians/{guardianNumber:int}/identity", w => $"/api/children/{w.ChildId}/guardians/1/identity",
            w => new { personnummer = w.Personnummer }, Forbidden, One),
        Case("GET", "/api/directory/", _ => "/api/directory", null, Forbidden, None),
        Case("PUT", "/api/directory/{id}", _ => "/api/directory/SE2321000016-9999",
            _ => new { name = "Ny Person", title = "Kurator", agencyKind = "School", roles = new[] { "practitioner" } }, Forbidden, None),
        Case("POST", "/api/directory/{id}/deactivate", _ => $"/api/directory/{AccessWorld.Contact}/deactivate", null, Forbidden, None),
        Case("POST", "/api/directory/import", _ => "/api/directory/import?dryRun=true", null, Forbidden, None),
        Case("GET", "/api/unit/children-without-contact", _ => "/api/unit/children-without-contact", null, Forbidden, None),
        Case("POST", "/api/children/{childId:guid}/support-requests", w => $"/api/children/{w.ChildId}/support-requests",
            _ => new { toAgency = "ChildPsychiatry", question = "Behöver bedömning", areas = new[] { "Healthy" } }, Forbidden, One),

        // sara-soc is social services' intake: the queue answers her (other tests' requests wait in it too), and an unknown request is a 400, audited like every 400 on a child's route.
        Case("GET", "/api/support-requests/", _ => "/api/support-requests", null, (403, 200, 200), None) with { AtLeastAuditRows = true },
        Case("POST", "/api/support-requests/{childId:guid}/{requestId:guid}/accept", w => $"/api/support-requests/{w.ChildId}/{Guid.NewGuid()}/accept",
            null, (403, 400, 400), One),
        Case("POST", "/api/support-requests/{childId:guid}/{requestId:guid}/decline", w => $"/api/support-requests/{w.ChildId}/{Guid.NewGuid()}/decline",
            _ => new { reason = "Inte vår uppgift" }, (403, 400, 400), One),
    ];

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(2)).AddDays(-1).ToString("yyyy-MM-dd");

    private static EndpointCase Case(
        string method, string route, Func<AccessWorld, string> path, Func<AccessWorld, object?>? body, (int, int, int) status, (int, int, int) auditRows) =>
        new(method, route, path, body ?? (_ => null), status, auditRows);
}
