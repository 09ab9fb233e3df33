using System.Globalization;
using Lucene.Net.Documents;

namespace Dasan.Ai.Knowledge;

/// <summary>The Lucene fields of a chunk and the mapping between chunks and Lucene documents.</summary>
internal static class KnowledgeFields
{
    public const string ChunkId = "chunk_id";
    public const string DocumentId = "document_id";
    public const string Ordinal = "ordinal";
    public const string Title = "title";
    public const string Section = "section";
    public const string Text = "text";
    public const string Domain = "domain";
    public const string Department = "department";
    public const string Lang = "lang";
    public const string Start = "start";
    public const string Length = "length";

    /// <summary>Searched fields with their boosts: title and section weigh more than body text.</summary>
    public static readonly (string Field, float Boost)[] Searched = [(Text, 1f), (Title, 1.6f), (Section, 1.3f)];

    public static Document ToDocument(KnowledgeChunk chunk) =>
    [
        new StringField(ChunkId, chunk.Id, Field.Store.YES),
        new StringField(DocumentId, chunk.DocumentId, Field.Store.YES),
        new StoredField(Ordinal, chunk.Ordinal),
        new TextField(Title, chunk.Title, Field.Store.YES),
        new TextField(Section, chunk.Section, Field.Store.YES),
        new TextField(Text, chunk.Text, Field.Store.YES),
        new StringField(Domain, chunk.Domain ?? string.Empty, Field.Store.YES),
        new StringField(Department, chunk.Department ?? string.Empty, Field.Store.YES),
        new StringField(Lang, chunk.Lang ?? string.Empty, Field.Store.YES),
        new StoredField(Start, chunk.Start),
        new StoredField(Length, chunk.Length),
    ];

    public static KnowledgeChunk FromDocument(Document document) => new(
        document.Get(ChunkId),
        document.Get(DocumentId),
        Int(document, Ordinal),
        document.Get(Title),
        document.Get(Section),
        document.Get(Text),
        Int(document, Start),
        Int(document, Length),
        NullIfEmpty(document.Get(Domain)),
        NullIfEmpty(document.Get(Department)),
        NullIfEmpty(document.Get(Lang)));

    private static int Int(Document document, string field) =>
        document.GetField(field)?.GetInt32Value() ?? int.Parse(document.Get(field) ?? "0", CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
