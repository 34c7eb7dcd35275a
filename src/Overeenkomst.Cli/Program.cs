using System.CommandLine;
using Overeenkomst.Cli.Commands;

var root = new RootCommand(CliText.RootDescription)
{
    RenderCommand.Create(),
    CheckCommands.Validate(),
    CheckCommands.Check(),
};

CliText.TranslateBuiltInOptions(root);
return await root.Parse(args).InvokeAsync();
