// Each test runs a whole cluster of processes; on two cores they must take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
