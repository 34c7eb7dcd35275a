using System.Text.Json;
using System.Text.Json.Serialization;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Checking;
using Overeenkomst.Functions.Agreements;
using Overeenkomst.Functions.Calendar;
using Overeenkomst.Functions.Clauses;
using Overeenkomst.Functions.Health;
using Overeenkomst.Functions.Identity;
using Overeenkomst.Functions.Organisations;
using Overeenkomst.Functions.Reviewing;
using Overeenkomst.Functions.Signing;

namespace Overeenkomst.Functions;

/// <summary>
/// The API's bodies and answers, serialized by code generated at build time. The reflection-based serializer first
/// builds its metadata per type, emitting and compiling accessors: for the request bodies while a new instance starts
/// (the endpoints ask for them when they are built), for each answer on its first request. Named as the rest of the API
/// names its fields (the web defaults). Types not listed still work, by reflection; the handler's JSON test lists
/// every type the endpoints declare and fails on one that is missing here.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(MeResponse))]
[JsonSerializable(typeof(QuestionnaireDocument))]
[JsonSerializable(typeof(CheckReport))]
// Both documents have a nested Section; the generated properties need names that differ.
[JsonSerializable(typeof(QuestionnaireDocument.Section), TypeInfoPropertyName = "QuestionnaireSection")]
[JsonSerializable(typeof(IReadOnlyList<QuestionnaireDocument.Section>), TypeInfoPropertyName = "QuestionnaireSections")]
[JsonSerializable(typeof(CheckReport.Section), TypeInfoPropertyName = "CheckSection")]
[JsonSerializable(typeof(IReadOnlyList<CheckReport.Section>), TypeInfoPropertyName = "CheckSections")]
[JsonSerializable(typeof(FoundDocument))]
[JsonSerializable(typeof(IReadOnlyList<AgreementSummary>))]
[JsonSerializable(typeof(AgreementDocument))]
[JsonSerializable(typeof(VersionView))]
[JsonSerializable(typeof(IEnumerable<VersionView>))]
[JsonSerializable(typeof(VersionCheckResult))]
[JsonSerializable(typeof(ParticipantsBody))]
[JsonSerializable(typeof(SubmitBody))]
[JsonSerializable(typeof(ReviewBody))]
[JsonSerializable(typeof(ReviewView))]
[JsonSerializable(typeof(IReadOnlyList<Review>))]
[JsonSerializable(typeof(IReadOnlyList<LogEntry>))]
[JsonSerializable(typeof(ClauseBody))]
[JsonSerializable(typeof(ClauseView))]
[JsonSerializable(typeof(IReadOnlyList<ClauseView>))]
[JsonSerializable(typeof(IReadOnlyList<SignatoryView>))]
[JsonSerializable(typeof(SignBody))]
[JsonSerializable(typeof(PaperBody))]
[JsonSerializable(typeof(CorrectionBody))]
[JsonSerializable(typeof(AgendaView))]
[JsonSerializable(typeof(IEnumerable<PartyBlockView>))]
[JsonSerializable(typeof(ProfileView))]
internal sealed partial class ApiJson : JsonSerializerContext;

/// <summary>Puts the generated serializer first in the API's JSON options.</summary>
internal static class ApiJsonSetup
{
    public static IServiceCollection AddGeneratedApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJson.Default));
}
