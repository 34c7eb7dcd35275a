using System.CommandLine;
using Overeenkomst.Cli.Commands;

var root = new RootCommand(CliText.RootDescription)
{
    RenderCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
