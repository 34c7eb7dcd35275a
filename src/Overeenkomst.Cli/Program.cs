using System.CommandLine;
using Overeenkomst.Cli.Commands;

var root = new RootCommand(CliText.RootDescription)
{
    RenderCommand.Create(),
    CheckCommands.Validate(),
    CheckCommands.Check(),
};

return await root.Parse(args).InvokeAsync();
