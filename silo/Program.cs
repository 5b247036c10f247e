using Microsoft.Extensions.Hosting;
using BackaBarnet.Live.Silo.Hosting;

await SiloHost.Build(args).RunAsync();
