using Mizan.Cli;

return await MizanCli.RunAsync(args, CliConsole.FromProcess()).ConfigureAwait(false);
