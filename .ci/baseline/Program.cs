// The bare handler: listens where the Functions host expects a custom handler (FUNCTIONS_CUSTOMHANDLER_PORT on
// 127.0.0.1), as the real one does, and answers one endpoint.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls($"http://127.0.0.1:{builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"] ?? "7071"}");
var app = builder.Build();
app.MapGet("/api/health", () => TypedResults.Ok(new Health("ok")));
app.Run();

/// <summary>What the health endpoint answers.</summary>
internal sealed record Health(string Status);
