using BackaBarnet.Live.Benchmarks;

// ./bench <name> builds Release and runs this: storage | fanout | alerts | scale | all
// Options: --children N (scale: children to create; default 100000).
return await BenchmarkCommand.RunAsync(args);
