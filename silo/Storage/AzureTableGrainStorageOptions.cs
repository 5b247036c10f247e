using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>Settings of one named Azure Table grain storage provider.</summary>
public sealed class AzureTableGrainStorageOptions : TableStorageOptions
{
    public const string DefaultTableName = "OrleansGrainState";

    public override string TableName { get; set; } = DefaultTableName;

    /// <summary>When true, clearing a state deletes its row; otherwise the row is kept, emptied.</summary>
    public bool DeleteRowOnClear { get; set; } = true;

    /// <summary>Defaults to Orleans' System.Text.Json storage serializer.</summary>
    public IGrainStorageSerializer? GrainStorageSerializer { get; set; }
}
