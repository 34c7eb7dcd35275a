using System.CommandLine;
using Overeenkomst.Cli.Commands;

var root = new RootCommand(CliText.RootDescription)
{
    RenderCommand.Create(),
    CheckCommands.Validate(),
    CheckCommands.Check(),
};

DutchHelp.Use(root);
var parse = root.Parse(args);

// System.CommandLine would explain a command line it cannot run in English; ours says it in Dutch.
if (parse.Action is not DutchHelp && CliErrors.Explain(parse, Console.Error))
{
    return 1;
}

return await parse.InvokeAsync();
