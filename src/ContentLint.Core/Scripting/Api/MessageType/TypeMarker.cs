using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>One piece of evidence the message-type classifier found in a text.</summary>
/// <param name="Side">The type it points to: <see cref="PostType.Promo"/> or <see cref="PostType.Dialogue"/>.</param>
/// <param name="Category">What it is (<c>price</c>, <c>discount</c>, <c>reply</c>, <c>thanks</c>…); a category counts once per post.</param>
/// <param name="Weight">How much it counts (see <see cref="ClassifierWeights"/>); 0 for markers kept only as evidence (mentions).</param>
/// <param name="TextIndex">Index of the text it was found in, among the texts classified together.</param>
/// <param name="Span">Where it is in that text.</param>
/// <param name="Evidence">What the message quotes (the matched characters, shortened when long).</param>
public readonly record struct TypeMarker(PostType Side, string Category, double Weight, int TextIndex, TextSpan Span, string Evidence);
