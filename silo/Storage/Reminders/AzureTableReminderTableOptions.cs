namespace BackaBarnet.Live.Silo.Storage.Reminders;

/// <summary>Settings of the Azure Table reminder table.</summary>
public sealed class AzureTableReminderTableOptions : TableStorageOptions
{
    public const string DefaultTableName = "OrleansReminders";

    public override string TableName { get; set; } = DefaultTableName;
}
