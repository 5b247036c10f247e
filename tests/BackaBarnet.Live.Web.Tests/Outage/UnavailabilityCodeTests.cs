using Azure;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Errors;

namespace BackaBarnet.Live.Web.Tests.Outage;

/// <summary>Which failures are "try again shortly" (503) rather than a fault (500).</summary>
public sealed class UnavailabilityCodeTests
{
    [Fact]
    public void TheStorageClientGivingUpAfterTriesPastTheirTimeoutIsStorageUnavailable()
    {
        // What the Azure SDK throws when every try of an audit write ran past its network timeout.
        var gaveUp = new AggregateException(
            "Retry failed after 3 tries.",
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:02.5."),
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:02.5."),
            new RequestFailedException(503, "Server busy"));

        Assert.Equal(ErrorCodes.StorageUnavailable, Unavailability.CodeFor(gaveUp));
    }

    [Fact]
    public void AFaultInsideTheTriesIsNotCalledUnavailable()
    {
        var gaveUp = new AggregateException(new TaskCanceledException(), new InvalidOperationException("a bug"));

        Assert.Null(Unavailability.CodeFor(gaveUp));
        Assert.Null(Unavailability.CodeFor(new RequestFailedException(400, "bad request")));
    }
}
