using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Functions.Http;

/// <summary>
/// Parses the templates and the questionnaire beside the program on other threads while the host is built and the
/// endpoints are mapped, so that their ~150 ms no longer add to a cold start on a machine with a second core.
/// </summary>
/// <remarks>
/// It starts before configuration is read, so it loads the default paths (<see cref="TemplateOptions"/>,
/// <see cref="QuestionnaireOptions"/>); where configuration names other ones, those load as before, on first use. A
/// definition that does not load fails where it did before: <see cref="HostingExtensions.TemplatesLoad"/> gets the
/// same exception, so start-up still stops with the same message and exit code 1.
/// </remarks>
internal sealed class DefinitionsInAdvance
{
    private readonly string templatesPath = new TemplateOptions().Path;
    private readonly string questionnairePath = new QuestionnaireOptions().Path;
    private readonly Task<TemplateSet> templates;
    private readonly Task<QuestionnaireDefinition> questionnaire;

    private DefinitionsInAdvance()
    {
        templates = Task.Run(() => TemplateSet.Load(templatesPath));
        questionnaire = Task.Run(() => QuestionnaireLoader.Load(questionnairePath));
    }

    /// <summary>Starts loading both definitions from their default paths.</summary>
    public static DefinitionsInAdvance StartLoading() => new();

    /// <summary>
    /// Lets the services take the definitions loaded in advance when configuration names their default paths, in place
    /// of the registrations of <see cref="OvereenkomstServices.AddOvereenkomst"/> (which load on first use).
    /// </summary>
    public void Register(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton(provider =>
            Templates(provider.GetRequiredService<IOptions<TemplateOptions>>().Value.Path)));
        services.Replace(ServiceDescriptor.Singleton(provider =>
            Questionnaire(provider.GetRequiredService<IOptions<QuestionnaireOptions>>().Value.Path)));
    }

    // GetResult rather than Result: a failed load throws its own exception (TemplateSetException, …), not an AggregateException.
    private TemplateSet Templates(string path) =>
        path == templatesPath ? templates.GetAwaiter().GetResult() : TemplateSet.Load(path);

    private QuestionnaireDefinition Questionnaire(string path) =>
        path == questionnairePath ? questionnaire.GetAwaiter().GetResult() : QuestionnaireLoader.Load(path);
}
