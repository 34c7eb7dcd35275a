using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>
/// An HTTP proxy between the handler and Azurite, on 127.0.0.1, that loses answers: while <see cref="Forgetting"/>, it
/// forwards each write (a PUT) and, the first time it sees that request, drops the connection instead of passing on the
/// service's answer — after the service committed the write. The Azure SDK then sends the same request again (the same
/// <c>x-ms-client-request-id</c>), and that time the answer comes through.
/// </summary>
public sealed class ForgetfulProxy : IAsyncDisposable
{
    private const string ClientRequestId = "x-ms-client-request-id";

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "Content-Length",
    };

    private readonly WebApplication app;
    private readonly HttpClient service;
    private readonly ConcurrentDictionary<string, string> forgotten = new(StringComparer.Ordinal);

    private ForgetfulProxy(WebApplication app, HttpClient service)
    {
        this.app = app;
        this.service = service;
    }

    /// <summary>While true, the first answer to every write is lost.</summary>
    public bool Forgetting { get; set; }

    /// <summary>The writes whose first answer was lost: method, path and <c>comp</c>, such as "PUT /devstoreaccount1/c/x/log.jsonl?comp=appendblock".</summary>
    public IReadOnlyCollection<string> Forgotten => [.. forgotten.Values];

    /// <summary>The port the proxy listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The connection string of Azurite's development account, through the proxy.</summary>
    public string ConnectionString(Azurite azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        return azurite.ConnectionString.Replace($"127.0.0.1:{azurite.Port}/", $"127.0.0.1:{Port}/", StringComparison.Ordinal);
    }

    /// <summary>Starts the proxy in front of <paramref name="azurite"/>.</summary>
    public static async Task<ForgetfulProxy> StartAsync(Azurite azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        var service = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{azurite.Port}"),
        };
        var proxy = new ForgetfulProxy(app, service);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        proxy.Port = new Uri(address).Port;
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
        if (incoming.ContentLength is not null || incoming.Headers.TransferEncoding.Count > 0)
        {
            var body = new MemoryStream();
            await incoming.Body.CopyToAsync(body, context.RequestAborted);
            body.Position = 0;
            request.Content = new StreamContent(body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (!HopByHop.Contains(name) && !request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var answer = await service.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        var content = await answer.Content.ReadAsByteArrayAsync(context.RequestAborted);
        if (Forgetting && HttpMethods.IsPut(incoming.Method)
            && forgotten.TryAdd(incoming.Headers[ClientRequestId].ToString(), $"{incoming.Method} {incoming.Path}{CompOf(incoming)}"))
        {
            // The service has done the write; its answer never arrives.
            context.Abort();
            return;
        }

        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        if (!HttpMethods.IsHead(incoming.Method))
        {
            context.Response.ContentLength = content.Length;
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
        else if (answer.Content.Headers.ContentLength is { } length)
        {
            context.Response.ContentLength = length;
        }
    }

    private static string CompOf(HttpRequest request) => request.Query.TryGetValue("comp", out var comp) ? $"?comp={comp}" : "";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        service.Dispose();
    }
}
