using System.Reflection;

namespace Overeenkomst.Benchmarks.SideBySide;

/// <summary>
/// The render of one example by one build — answers → .docx, as the hosts do it — set up and called by reflection, so any
/// build of the command line can be measured without a driver compiled against it: the types are found by their simple
/// names (their namespaces moved between builds) and the composer's constructor is fed by its parameters' types
/// (on 4 December it took the <c>AnswerChecker</c>, since 5 December the <c>AnswerValidator</c>).
/// </summary>
internal static class ReflectedRender
{
    private static readonly DateTimeOffset Moment = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Loads the build in <paramref name="buildFolder"/> in its own context and returns one render of the example.</summary>
    /// <remarks>
    /// The returned render calls <c>Compose</c> through <see cref="MethodBase.Invoke(object, object[])"/>: tens of
    /// nanoseconds against a render of ~2 ms, and the same for both builds, so no compiled delegate is needed.
    /// </remarks>
    public static Action Create(string buildFolder, string templates, string example)
    {
        var context = new BuildLoadContext(Path.Combine(buildFolder, "Overeenkomst.Cli.dll"));
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(buildFolder, "Overeenkomst.dll")));
        var types = assembly.GetExportedTypes();
        Type Named(string name) =>
            types.SingleOrDefault(type => type.Name == name) ?? throw new SideBySideException($"{assembly.Location} has no public type {name}.");

        var loader = Named("QuestionnaireLoader");
        var fileName = (loader.GetField("FileName")?.GetValue(null) ?? loader.GetProperty("FileName")?.GetValue(null)) as string
            ?? throw new SideBySideException($"{loader.FullName} has no public FileName.");
        var definition = CallStatic(loader, "Load", Path.Combine(templates, "vragenlijst", fileName));
        var templateSet = CallStatic(Named("TemplateSet"), "Load", Path.Combine(templates, "overeenkomst"));
        var renderer = Construct(Named("AgreementRenderer"), templateSet);
        var composer = Compose(Named("AgreementComposer"), definition, renderer);

        var answersType = Named("Answers");
        var read = CallStatic(answersType, "Parse", File.ReadAllText(Path.Combine(templates, "examples", example)));
        var answers = read.GetType().GetProperty("Answers")?.GetValue(read)
            ?? throw new SideBySideException($"The example {example} cannot be read as answers by {assembly.Location}.");
        var optionsType = Named("RenderOptions");
        var draft = optionsType.GetMethods().SingleOrDefault(method => method is { Name: "Draft", IsStatic: true } && method.GetParameters().Length == 3)
            ?? throw new SideBySideException($"{optionsType.FullName} has no static Draft(version, createdAt, createdBy).");
        var options = Invoke(draft, null, [1, Moment, "Benchmark"]);
        var compose = composer.GetType().GetMethod("Compose", [answersType, optionsType, typeof(CancellationToken)])
            ?? throw new SideBySideException($"{composer.GetType().FullName} has no Compose(Answers, RenderOptions, CancellationToken).");
        object?[] arguments = [answers, options, CancellationToken.None];

        // Checked once, here: the same answers render the same way every time, so the timed renders need not look.
        var result = Invoke(compose, composer, arguments);
        if (result.GetType().GetProperty("Agreement")?.GetValue(result) is null)
        {
            var errors = result.GetType().GetProperty("Errors")?.GetValue(result) as System.Collections.IEnumerable ?? Array.Empty<object>();
            throw new SideBySideException(
                $"{assembly.Location} does not render {example}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors.Cast<object>()));
        }

        return () => Invoke(compose, composer, arguments);
    }

    /// <summary>The composer, each constructor argument made from its parameter's type.</summary>
    private static object Compose(Type composerType, object definition, object renderer)
    {
        var constructor = composerType.GetConstructors() is [var only] ? only
            : throw new SideBySideException($"{composerType.FullName} has {composerType.GetConstructors().Length} public constructors; expected one.");
        var arguments = constructor.GetParameters().Select(parameter => parameter.ParameterType.Name switch
        {
            "AnswerChecker" or "AnswerValidator" => Construct(parameter.ParameterType, definition),
            "AgreementRenderer" => renderer,
            _ => throw new SideBySideException(
                $"{composerType.FullName}'s constructor needs a {parameter.ParameterType.FullName} ({parameter.Name}), which the side-by-side run cannot make."),
        }).ToArray();
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }

    /// <summary>A new <paramref name="type"/> from its public constructor that takes <paramref name="argument"/> alone.</summary>
    private static object Construct(Type type, object argument)
    {
        var constructor = type.GetConstructor([argument.GetType()])
            ?? throw new SideBySideException($"{type.FullName} has no public constructor that takes a {argument.GetType().FullName} alone.");
        return constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, [argument], culture: null);
    }

    private static object CallStatic(Type type, string name, string argument)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(string)])
            ?? throw new SideBySideException($"{type.FullName} has no public static {name}(string).");
        return Invoke(method, null, [argument]);
    }

    // Without wrapping, a build's own exception (a template error, a missing file) reaches the user as itself.
    private static object Invoke(MethodInfo method, object? target, object?[] arguments) =>
        method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)
        ?? throw new SideBySideException($"{method.DeclaringType?.FullName}.{method.Name} returned null.");
}
