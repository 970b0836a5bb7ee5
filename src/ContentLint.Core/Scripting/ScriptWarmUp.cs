using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The sample posts a script runs on once when it loads, so JIT compilation is not charged to a real
/// post's budget. One in English and one in French (the rule API chooses code by the post's language),
/// each with a declared message type (rules that compare it return early without one) and on channels
/// of every counting method: in a rule host, no other rule has run that code before.
/// </summary>
internal static class ScriptWarmUp
{
    private const string Calendar = """
        posts:
          - id: warm-up-en
            channels: [x, mastodon, bluesky]
            lang: en
            type: dialogue
            text: "Hello @world, see https://example.com #news. Get 20% off today only, use code SAVE20! Is it 10:30?"
          - id: warm-up-fr
            channels: [linkedin, instagram, youtube]
            lang: fr
            type: promo
            text: "Bonjour à tous ! Découvrez notre offre : -20 % avec le code NOEL, jusqu'à dimanche. Une question ? Écrivez-nous."
        """;

    /// <summary>The sample file (one post per language) and the default configuration it is read with.</summary>
    public static (PostDocument Document, LintConfiguration Configuration) Sample()
    {
        var configuration = LintConfiguration.CreateDefault(Path.GetTempPath());
        return (Documents.Yaml.YamlCalendarParser.Parse(new SourceDocument("warm-up.posts.yaml", Calendar), configuration), configuration);
    }
}
