using Azure.Core;
using Azure.Data.Tables;

namespace BackaBarnet.Live.Silo.Storage;

internal static class TableClientFactory
{
    public static TableClient Create(TableStorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.RetryDelay * 8;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;

        var service = options switch
        {
            { ConnectionString: { Length: > 0 } connection } => new TableServiceClient(connection, clientOptions),
            { ServiceUri: { } uri, TokenCredential: { } credential } => new TableServiceClient(uri, credential, clientOptions),
            { ServiceUri: { } uri } => new TableServiceClient(uri, clientOptions),
            _ => throw new InvalidOperationException(
                "Table storage needs either a connection string (Storage:ConnectionString) or a service URI."),
        };
        return service.GetTableClient(options.TableName);
    }
}
