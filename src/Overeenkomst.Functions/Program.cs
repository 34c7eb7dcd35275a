using Overeenkomst;
using Overeenkomst.Functions;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Agreements;
using Overeenkomst.Functions.Calendar;
using Overeenkomst.Functions.Clauses;
using Overeenkomst.Functions.Comparing;
using Overeenkomst.Functions.Health;
using Overeenkomst.Functions.Http;
using Overeenkomst.Functions.Identity;
using Overeenkomst.Functions.Organisations;
using Overeenkomst.Functions.Questionnaire;
using Overeenkomst.Functions.Rendering;
using Overeenkomst.Functions.Renewal;
using Overeenkomst.Functions.Reviewing;
using Overeenkomst.Functions.Signing;
using Overeenkomst.Functions.Web;

// First, so that the templates and the questionnaire parse while the host is built (they are joined in TemplatesLoad).
var definitions = DefinitionsInAdvance.StartLoading();
// Settings come from the environment (the Function App's settings restart the instance) and a package that never changes
// in place: no file watchers over the content root, which the default set up at start for appsettings.json.
var builder = WebApplication.CreateSlimBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.ListenWhereTheFunctionsHostExpects()
    .LogWhereTheFunctionsHostCollects()
    .FinishRequestsOnShutdown();
builder.Services.AddOvereenkomst(builder.Configuration);
definitions.Register(builder.Services);
builder.Services.AddRenderTurns(builder.Configuration);
builder.Services.AddGeneratedApiJson();
builder.Services.AddDutchProblemDetails();
builder.Services.AddExceptionHandler<FailureProblems>();
builder.Services.AddOpenApiDocument();
if (!builder.AddSignIn(Console.Error))
{
    return 1;
}

var app = builder.Build();
app.UseSecurityHeaders();
app.RefuseCrossSiteRequests();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealth();
app.MapOpenApiDocument();
app.MapQuestionnaire();
app.MapRendering();
app.MapPreview();
app.MapMe();
app.MapDevelopmentSignIn();
// Every agreement feature maps into one group; none of them knows the others (the architecture test keeps it so).
var agreements = app.MapAgreementGroup();
agreements.MapAgreements();
agreements.MapVersions();
agreements.MapParticipants();
agreements.MapSubmission();
agreements.MapReview();
agreements.MapClauses();
agreements.MapCompare();
agreements.MapSigning();
agreements.MapAgenda();
agreements.MapRenewal();
agreements.MapPartyBlocks();
app.MapDocumentCheck();
app.MapOrganisations();
app.MapWebApp();
// Built once beside the rest of the start, so that the first request's routing finds the work done (EndpointsInAdvance).
_ = app.BuildEndpointsInAdvance();

if (!app.Services.TemplatesLoad(Console.Error))
{
    return 1;
}

return app.RunUnlessASettingFails(Console.Error);

/// <summary>The custom handler's entry point; public so the HTTP tests can host it.</summary>
public partial class Program;
