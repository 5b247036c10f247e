using BackaBarnet.Live.Benchmarks.RawHub;

// Started by the benchmarks as its own process: dotnet BackaBarnet.Live.Benchmarks.RawHub.dll --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR();
var app = builder.Build();
app.MapHub<BroadcastHub>(BroadcastHub.Path);
app.Run();
