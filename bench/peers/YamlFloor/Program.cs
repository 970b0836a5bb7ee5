using YamlDotNet.Core;
using YamlDotNet.Core.Events;

// The floor of bench/peers/run.sh: what reading and YAML-parsing the calendars costs with YamlDotNet
// alone (its event parser, no model, no rules). Prints the files, posts and scalars seen, so that a run
// that parsed nothing shows. usage: YamlFloor FOLDER
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: YamlFloor FOLDER (parses every *.posts.yaml under it)");
    return 2;
}

long files = 0, posts = 0, scalars = 0;
foreach (var path in Directory.EnumerateFiles(args[0], "*.posts.yaml", SearchOption.AllDirectories))
{
    files++;
    using var reader = new StreamReader(path);
    var parser = new Parser(reader);
    var depth = 0;
    while (parser.MoveNext())
    {
        switch (parser.Current)
        {
            case MappingStart or SequenceStart:
                // Depth 2 is the `posts:` sequence; each mapping opened inside it is a post.
                if (depth == 2 && parser.Current is MappingStart)
                {
                    posts++;
                }

                depth++;
                break;
            case MappingEnd or SequenceEnd:
                depth--;
                break;
            case Scalar:
                scalars++;
                break;
        }
    }
}

Console.WriteLine($"{files} files, {posts} posts, {scalars} scalars");
return posts > 0 ? 0 : 1;
