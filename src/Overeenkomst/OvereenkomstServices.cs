using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst;

/// <summary>Registers the product's services for a host (the HTTP handler and the command line share this).</summary>
public static class OvereenkomstServices
{
    /// <summary>Adds the templates and the renderer; the templates load once, on first use.</summary>
    public static IServiceCollection AddOvereenkomst(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TemplateOptions>().Bind(configuration.GetSection(TemplateOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => TemplateSet.Load(provider.GetRequiredService<IOptions<TemplateOptions>>().Value.Path));
        services.AddSingleton<AgreementRenderer>();
        return services;
    }
}

/// <summary>Where the agreement templates are: <c>Templates:Path</c>, by default the copy beside the program.</summary>
public sealed record TemplateOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Templates";

    /// <summary>The folder holding <c>samenwerkingsovereenkomst.scriban</c> and its parts.</summary>
    public string Path { get; init; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates", "overeenkomst");
}
