namespace ContentLint.Core.Scripting.Options;

/// <summary>The type of a rule option, as written after <c>type:</c> in its declaration.</summary>
public enum OptionType
{
    /// <summary><c>boolean</c>: <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>integer</c>: a whole number.</summary>
    Integer,

    /// <summary><c>number</c>: any number.</summary>
    Number,

    /// <summary><c>string</c>: text.</summary>
    String,

    /// <summary><c>list</c>: a list of texts.</summary>
    List,

    /// <summary><c>map</c>: names (such as channels) to numbers, e.g. <c>{linkedin: 3, x: 2}</c>.</summary>
    Map,
}
