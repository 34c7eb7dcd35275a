using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Agreements.Calendar;
using Overeenkomst.Agreements.Comparing;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Agreements.Renewal;
using Overeenkomst.Agreements.Signing;
using Overeenkomst.Checking;
using Overeenkomst.Quality;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Storage;

namespace Overeenkomst;

/// <summary>Registers the product's services for a host (the HTTP handler and the command line share this).</summary>
public static class OvereenkomstServices
{
    /// <summary>Adds the templates, the questionnaire, validation, the quality check, the renderer and the store; definitions load once, on first use.</summary>
    public static IServiceCollection AddOvereenkomst(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TemplateOptions>().Bind(configuration.GetSection(TemplateOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => TemplateSet.Load(provider.GetRequiredService<IOptions<TemplateOptions>>().Value.Path));
        services.AddSingleton<AgreementRenderer>();
        services.AddOptions<QuestionnaireOptions>().Bind(configuration.GetSection(QuestionnaireOptions.Section));
        services.AddSingleton(provider => QuestionnaireLoader.Load(provider.GetRequiredService<IOptions<QuestionnaireOptions>>().Value.Path));
        services.AddSingleton<AnswerMigration>();
        services.AddSingleton<AnswerValidator>();
        services.AddSingleton(provider => new QualityCheck(provider.GetRequiredService<QuestionnaireDefinition>().Labels));
        services.AddSingleton(provider => new AnswerChecker(provider.GetRequiredService<AnswerValidator>(), provider.GetRequiredService<QualityCheck>()));
        services.AddSingleton<AgreementComposer>();
        services.AddSingleton<ClauseDesk>();
        services.AddStorage(configuration);
        return services;
    }

    /// <summary>
    /// Adds the store (<c>Storage:ConnectionString</c> for Azure Blob Storage, otherwise the folder <c>Storage:LocalPath</c>)
    /// and the agreement archives over it. Both hold no state but the store's client, so instances scale out freely.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value.Open());
        services.AddSingleton<AgreementArchive>();
        services.AddSingleton<TemplateArchive>();
        services.AddSingleton<VersionArchive>();
        services.AddSingleton<ReviewArchive>();
        services.AddSingleton<Finalisation>();
        services.AddSingleton<VersionCheck>();
        services.AddSingleton<DocumentLookup>();
        services.AddSingleton<VersionComparer>();
        services.AddSingleton(provider => new ProfileArchive(provider.GetRequiredService<IStore>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<QuestionnaireDefinition>(), provider.GetService<Microsoft.Extensions.Logging.ILogger<ProfileArchive>>()));
        services.AddSingleton<PartyBlocks>();
        services.AddSingleton<FinalSigning>();
        services.AddSingleton<AgendaReader>();
        services.AddSingleton<AgreementRenewal>();
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

/// <summary>Where the questionnaire definition is: <c>Questionnaire:Path</c>, by default the copy beside the program.</summary>
public sealed record QuestionnaireOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Questionnaire";

    /// <summary>The definition file, <c>vragenlijst.json</c>.</summary>
    public string Path { get; init; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates", "vragenlijst", QuestionnaireLoader.FileName);
}
