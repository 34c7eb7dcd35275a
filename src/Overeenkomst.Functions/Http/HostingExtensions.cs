using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Functions.Http;

/// <summary>Start-up concerns of the custom handler: what the Azure Functions host expects from the process it starts.</summary>
internal static class HostingExtensions
{
    /// <summary>The variable the Azure Functions host sets to tell a custom handler which port to listen on.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The address used when the Functions host is not around: the port the Functions tools use locally.</summary>
    public const string LocalAddress = "http://localhost:7071";

    /// <summary>How long in-flight requests get to finish after SIGTERM.</summary>
    /// <remarks>
    /// A render takes milliseconds; container platforms send SIGKILL 10 s after SIGTERM (Docker's default),
    /// so 8 s lets every in-flight request finish and still leaves time to exit cleanly.
    /// </remarks>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Listens on the port the Functions host gives, on 127.0.0.1 (where the host forwards requests, never reachable from outside),
    /// or else on <see cref="LocalAddress"/> (unless <c>urls</c> is configured).
    /// </summary>
    public static WebApplicationBuilder ListenWhereTheFunctionsHostExpects(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration[CustomHandlerPortVariable];
        builder.WebHost.UseUrls(port is { Length: > 0 } ? $"http://127.0.0.1:{port}" : builder.Configuration["urls"] ?? LocalAddress);
        return builder;
    }

    /// <summary>
    /// Logs one plain line per entry to standard output, which the Functions host collects into its own logs;
    /// errors go to standard error, which the host records as errors.
    /// </summary>
    public static WebApplicationBuilder LogWhereTheFunctionsHostCollects(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            options.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Error);
        return builder;
    }

    /// <summary>On SIGTERM, stops taking new requests and lets the ones in flight finish (up to <see cref="ShutdownTimeout"/>).</summary>
    public static WebApplicationBuilder FinishRequestsOnShutdown(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);
        return builder;
    }

    /// <summary>
    /// Has the templates and the questionnaire loaded before the first request (waiting for <see cref="DefinitionsInAdvance"/>
    /// where they load in advance); on an error, explains it and returns false so start-up stops.
    /// </summary>
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

    /// <summary>
    /// Runs the handler until it is stopped; when a setting validated at start does not hold, explains it in Dutch and
    /// returns 1, instead of ending in an unhandled exception and a stack trace the operator has to read.
    /// </summary>
    public static int RunUnlessASettingFails(this WebApplication app, TextWriter error)
    {
        try
        {
            app.Run();
            return 0;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine(Messages.SettingsDoNotHold(string.Join(" ", exception.Failures)));
            return 1;
        }
    }
}
