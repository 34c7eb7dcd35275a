using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Overeenkomst.Rendering;

/// <summary>
/// Which build of the renderer is running: the code that turns a version's answers, clause edits and templates into bytes.
/// A version records it, so a later check knows whether it can render the version again and expect the same SHA-256.
/// </summary>
/// <remarks>
/// The first twelve hex digits of a SHA-256 over the module version ids of this library and of the libraries whose code
/// shapes the output (Scriban, Markdig, the Open XML SDK), and the .NET runtime's version (its zlib writes the zip). Builds
/// are deterministic, so a module version id changes exactly when the compiled code does; a Debug and a Release build of the
/// same source are different builds.
/// </remarks>
public static class RendererBuild
{
    /// <summary>The build running now.</summary>
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        Assembly[] shaping = [typeof(RendererBuild).Assembly, typeof(Scriban.Template).Assembly, typeof(Markdig.Markdown).Assembly,
            typeof(DocumentFormat.OpenXml.OpenXmlElement).Assembly];
        var text = new StringBuilder();
        foreach (var assembly in shaping)
        {
            text.Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }

        text.Append(RuntimeInformation.FrameworkDescription).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
