using System.Xml.Linq;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// ASP.NET Core's data-protection keys in a table of the product's storage account, so every web
/// node reads the session and sign-in cookies the others wrote. (The official Azure Blob key store
/// is not available to us; this is the thin part, the key ring itself stays ASP.NET Core's.)
/// Keys are only added, never changed: the key manager revokes by adding an element.
/// </summary>
internal sealed class TableKeyRepository(TableClient table) : IXmlRepository
{
    private const string Partition = "keys";

    // IXmlRepository is synchronous; the key manager calls it at start and when the key ring refreshes (about once a day).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        table.CreateIfNotExists();
        return table.Query<TableEntity>(e => e.PartitionKey == Partition)
            .Select(e => XElement.Parse(e.GetString("Xml")))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        table.CreateIfNotExists();
        try
        {
            table.AddEntity(new TableEntity(Partition, friendlyName) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) });
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status409Conflict)
        {
            // Another node stored the same element first: keys are immutable, so theirs is ours.
        }
    }
}
