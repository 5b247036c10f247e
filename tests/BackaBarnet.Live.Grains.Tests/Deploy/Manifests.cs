using BackaBarnet.Live.TestSupport;
using YamlDotNet.RepresentationModel;

namespace BackaBarnet.Live.Grains.Tests.Deploy;

/// <summary>Every Kubernetes object in deploy/*.yaml, read with a YAML parser, and small ways to walk one.</summary>
internal static class Manifests
{
    public static IReadOnlyList<(string File, YamlMappingNode Object)> All { get; } = Load();

    public static IEnumerable<YamlMappingNode> OfKind(string kind) =>
        All.Where(o => Text(o.Object, "kind") == kind).Select(o => o.Object);

    public static YamlMappingNode Named(string kind, string name) =>
        OfKind(kind).Single(o => Text(o, "metadata", "name") == name);

    /// <summary>The node at this path of mapping keys, or null when any step is missing.</summary>
    public static YamlNode? At(YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string? Text(YamlNode? node, params string[] path) => (At(node, path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(YamlNode? node, params string[] path) =>
        At(node, path) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<YamlMappingNode> Containers(YamlMappingNode deployment) =>
        Items(deployment, "spec", "template", "spec", "containers").Cast<YamlMappingNode>();

    private static List<(string, YamlMappingNode)> Load()
    {
        var objects = new List<(string, YamlMappingNode)>();
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(RepoPaths.Root, "deploy"), "*.yaml").Order())
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            objects.AddRange(stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().Select(o => (Path.GetFileName(file), o)));
        }

        return objects;
    }
}
