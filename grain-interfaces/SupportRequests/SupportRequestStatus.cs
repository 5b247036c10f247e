namespace BackaBarnet.Live.GrainInterfaces.SupportRequests;

/// <summary>Sent → Accepted (it became a plan action) or Declined (with a reason). Persisted as numbers: never renumber.</summary>
public enum SupportRequestStatus
{
    Sent = 0,
    Accepted = 1,
    Declined = 2,
}
