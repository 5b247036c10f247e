namespace BackaBarnet.Live.HostingDefaults.Clustering;

/// <summary>How silos find each other and web nodes find the silos (Clustering:Mode; not under Orleans:, where Orleans reads its own provider settings); silo and web must agree.</summary>
public enum ClusteringMode
{
    /// <summary>One silo on this machine, no membership table: the default for ./run and development.</summary>
    Localhost,

    /// <summary>Any number of silos with their membership table in the product's own storage account (Storage:MembershipTable).</summary>
    AzureTable,
}
