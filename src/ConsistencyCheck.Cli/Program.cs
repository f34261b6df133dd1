using ConsistencyCheck.Cli;

var terminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";
return Shell.Run(args, Console.Out, Console.Error, terminal);
