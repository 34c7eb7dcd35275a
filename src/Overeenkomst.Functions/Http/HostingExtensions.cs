using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Functions.Http;

/// <summary>Start-up concerns of the custom handler.</summary>
internal static class HostingExtensions
{
    /// <summary>The variable the Azure Functions host sets to tell a custom handler which port to listen on.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The address used when the Functions host is not around: the port the Functions tools use locally.</summary>
    public const string LocalAddress = "http://localhost:7071";

    /// <summary>Listens on the port the Functions host gives, or on <see cref="LocalAddress"/> (unless <c>urls</c> is configured).</summary>
    public static void ListenWhereTheFunctionsHostExpects(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var port = configuration[CustomHandlerPortVariable];
        webHost.UseUrls(port is { Length: > 0 } ? $"http://localhost:{port}" : configuration["urls"] ?? LocalAddress);
    }

    /// <summary>Loads the templates and the questionnaire before the first request; on an error, explains it and returns false so start-up stops.</summary>
    public static bool TemplatesLoad(this IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetRequiredService<TemplateSet>();
            services.GetRequiredService<QuestionnaireDefinition>();
            return true;
        }
        catch (Exception exception) when (exception is TemplateSetException or QuestionnaireDefinitionException)
        {
            error.WriteLine(exception.Message);
            return false;
        }
    }
}
