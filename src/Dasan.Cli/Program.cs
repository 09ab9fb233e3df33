using Dasan.Cli.Commands;

return await DasanCommandLine.Build().Parse(args).InvokeAsync();
