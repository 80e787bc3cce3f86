using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Rackwave.Security.Devices.UserAgents;

/// <summary>
/// Reads uap-core's regexes.yaml: a mapping of parser lists, each a sequence of flat mappings
/// (<c>regex</c>, <c>regex_flag</c>, <c>*_replacement</c>). Streams events instead of building a
/// document tree, which keeps loading the rules fast.
/// </summary>
internal static class UapRulesYamlReader
{
    public const string BrowserKey = "user_agent_parsers";
    public const string OsKey = "os_parsers";
    public const string DeviceKey = "device_parsers";

    /// <summary>Each parser list by its key; each entry as key/value pairs.</summary>
    public static Dictionary<string, List<Dictionary<string, string>>> Read(TextReader yaml)
    {
        var parser = new Parser(yaml);
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        parser.Consume<MappingStart>();
        var lists = new Dictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var name = parser.Consume<Scalar>().Value;
            lists[name] = ReadEntries(parser);
        }

        return lists;
    }

    private static List<Dictionary<string, string>> ReadEntries(IParser parser)
    {
        var entries = new List<Dictionary<string, string>>();
        parser.Consume<SequenceStart>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            parser.Consume<MappingStart>();
            var entry = new Dictionary<string, string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                entry[key] = parser.Consume<Scalar>().Value;
            }

            entries.Add(entry);
        }

        return entries;
    }
}
