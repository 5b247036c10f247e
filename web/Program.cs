using BackaBarnet.Live.Web.Hosting;

BackaBarnetWebApp.Build(args).Run();
