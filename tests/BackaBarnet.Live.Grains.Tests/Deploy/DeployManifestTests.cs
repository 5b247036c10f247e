using YamlDotNet.RepresentationModel;
using static BackaBarnet.Live.Grains.Tests.Deploy.Manifests;

namespace BackaBarnet.Live.Grains.Tests.Deploy;

/// <summary>
/// What a security officer checks in deploy/ (see deploy/README.md), read from the manifests
/// themselves so a later edit cannot quietly drop it.
/// </summary>
public sealed class DeployManifestTests
{
    public static TheoryData<string> Deployments => new(OfKind("Deployment").Select(d => Text(d, "metadata", "name")!));

    [Fact]
    public void TheManifestsHoldTheSiloAndTheWebNodes() =>
        Assert.Equal(["backabarnet-silo", "backabarnet-web"], OfKind("Deployment").Select(d => Text(d, "metadata", "name")!).Order().ToArray());

    [Theory]
    [MemberData(nameof(Deployments))]
    public void EveryContainerRunsAsNonRootOnAReadOnlyRootWithNoCapabilitiesAndNoEscalation(string deployment)
    {
        var pod = At(Named("Deployment", deployment), "spec", "template", "spec");
        Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
        Assert.All(Containers(Named("Deployment", deployment)), container =>
        {
            var security = At(container, "securityContext");
            Assert.Equal("true", Text(security, "readOnlyRootFilesystem"));
            Assert.Equal("false", Text(security, "allowPrivilegeEscalation"));
            Assert.NotEqual("true", Text(security, "privileged"));
            Assert.Contains("ALL", Items(security, "capabilities", "drop").Select(c => ((YamlScalarNode)c).Value));
            Assert.Empty(Items(security, "capabilities", "add"));
        });
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void EveryImageIsAPinnedVersionAndEveryContainerHasRequestsAndLimits(string deployment) =>
        Assert.All(Containers(Named("Deployment", deployment)), container =>
        {
            var image = Text(container, "image")!;
            var tag = image.Contains('@') ? image[(image.IndexOf('@') + 1)..] : image[(image.LastIndexOf(':') + 1)..];
            Assert.True((image.Contains(':') || image.Contains('@')) && tag != "latest" && !tag.Contains('/'), $"{image} is not pinned");
            foreach (var bound in new[] { "requests", "limits" })
            {
                Assert.False(string.IsNullOrEmpty(Text(container, "resources", bound, "cpu")), $"{deployment}: no {bound}.cpu");
                Assert.False(string.IsNullOrEmpty(Text(container, "resources", bound, "memory")), $"{deployment}: no {bound}.memory");
            }
        });

    [Fact]
    public void NoSecretIsCommittedAndEverySecretAPodReadsIsDocumentedForKubectl()
    {
        var readme = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "deploy", "README.md"));
        var referenced = OfKind("Deployment").SelectMany(d => Volumes(d).Select(v => Text(v, "secret", "secretName"))
                .Concat(Containers(d).SelectMany(c => Items(c, "envFrom")).Select(e => Text(e, "secretRef", "name"))))
            .Concat(OfKind("Ingress").SelectMany(i => Items(i, "spec", "tls")).Select(t => Text(t, "secretName")))
            .OfType<string>().Distinct().ToArray();

        Assert.Empty(OfKind("Secret"));
        Assert.Contains("backabarnet-dataprotection", referenced);
        Assert.All(referenced, secret => Assert.Matches($@"kubectl[^\n]* create secret [a-z]+ {secret}\b", readme));
    }

    [Fact]
    public void TheWebIsReachedOnlyThroughAnIngressWithTls()
    {
        var ingress = Assert.Single(OfKind("Ingress"));
        Assert.NotEmpty(Items(ingress, "spec", "tls"));
        Assert.Equal(["backabarnet-web"], Items(ingress, "spec", "rules").SelectMany(r => Items(r, "http", "paths"))
            .Select(p => Text(p, "backend", "service", "name")!).Distinct().ToArray());
        Assert.All(OfKind("Service"), service => Assert.True(Text(service, "spec", "type") is null or "ClusterIP", "a Service open outside the cluster"));
    }

    [Fact]
    public void TheWebNodesShareADataProtectionCertificateMountedFromASecret()
    {
        var web = Named("Deployment", "backabarnet-web");
        var container = Assert.Single(Containers(web));
        var env = Items(container, "env").ToDictionary(e => Text(e, "name")!, e => Text(e, "value"));
        foreach (var setting in new[] { "DataProtection__CertificatePath", "DataProtection__KeyPath" })
        {
            var path = env[setting]!;
            var mount = Items(container, "volumeMounts").Single(m => path.StartsWith(Text(m, "mountPath")! + "/", StringComparison.Ordinal));
            var volume = Volumes(web).Single(v => Text(v, "name") == Text(mount, "name"));
            Assert.Equal("backabarnet-dataprotection", Text(volume, "secret", "secretName"));
        }
    }

    [Fact]
    public void EverythingIsDeniedUnlessAPolicyOpensIt()
    {
        var deny = OfKind("NetworkPolicy").Single(p => At(p, "spec", "podSelector") is YamlMappingNode { Children.Count: 0 });
        Assert.Equal(["Egress", "Ingress"], Items(deny, "spec", "policyTypes").Select(t => ((YamlScalarNode)t).Value!).Order().ToArray());
        Assert.Empty(Items(deny, "spec", "ingress"));
        Assert.Empty(Items(deny, "spec", "egress"));
    }

    [Fact]
    public void OnlyWebNodesReachTheGatewayOnlySilosTheSiloPortAndOnlyMonitoringTheMetrics()
    {
        var silo = PolicyFor("backabarnet-silo");
        var openings = Items(silo, "spec", "ingress").SelectMany(rule =>
            Items(rule, "ports").Select(p => Text(p, "port")).SelectMany(port => Items(rule, "from").Select(from => (port, From(from))))).ToHashSet();

        Assert.Equal(
            new HashSet<(string?, string)> { ("11111", "pods app=backabarnet-silo"), ("30000", "pods app=backabarnet-web"), ("11180", "namespace monitoring") },
            openings);
    }

    [Fact]
    public void WebNodesReachNothingInsideTheClusterButTheGatewayAndOnlyTheIngressControllerReachesThem()
    {
        var web = PolicyFor("backabarnet-web");
        var inside = Items(web, "spec", "egress").Where(rule => Items(rule, "to").Any(to => At(to, "podSelector") is not null && At(to, "namespaceSelector") is null))
            .SelectMany(rule => Items(rule, "ports").Select(p => (Text(p, "port"), From(Items(rule, "to").Single())))).ToArray();
        var from = Items(web, "spec", "ingress").SelectMany(rule => Items(rule, "from").Select(From)).ToArray();

        Assert.Equal([("30000", "pods app=backabarnet-silo")], inside);
        Assert.Equal(["namespace ingress-nginx"], from);
    }

    private static IEnumerable<YamlMappingNode> Volumes(YamlMappingNode deployment) =>
        Items(deployment, "spec", "template", "spec", "volumes").Cast<YamlMappingNode>();

    private static YamlMappingNode PolicyFor(string app) =>
        OfKind("NetworkPolicy").Single(p => Text(p, "spec", "podSelector", "matchLabels", "app") == app);

    /// <summary>A peer of a rule in words: a namespace (by name) or pods of this namespace (by app label).</summary>
    private static string From(YamlNode peer) =>
        Text(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name") is { } ns ? $"namespace {ns}"
        : Text(peer, "podSelector", "matchLabels", "app") is { } app ? $"pods app={app}"
        : At(peer, "ipBlock") is not null ? $"addresses {Text(peer, "ipBlock", "cidr")}"
        : "anything";
}
