using System.Reflection;
using System.Runtime.Loader;

namespace Overeenkomst.Benchmarks.SideBySide;

/// <summary>
/// One build of the command line, loaded beside the other: every assembly its deps.json lists (Overeenkomst itself,
/// Scriban, Markdig, the OpenXML SDK, …) comes from its own folder, so two builds never share a library's copy.
/// </summary>
/// <remarks>
/// The framework's assemblies are not in the folder; for them the resolver answers null and the default context
/// supplies the one runtime both builds run on, which is the point: same process, same runtime, same moments.
/// </remarks>
internal sealed class BuildLoadContext(string cliDll) : AssemblyLoadContext($"build {cliDll}", isCollectible: false)
{
    private readonly AssemblyDependencyResolver resolver = new(cliDll);

    protected override Assembly? Load(AssemblyName assemblyName) =>
        resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
