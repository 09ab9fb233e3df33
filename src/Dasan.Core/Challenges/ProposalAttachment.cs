namespace Dasan.Core.Challenges;

/// <summary>A file attached to a proposal, checked on upload (type, size, content signature) and stored in the database.</summary>
public sealed class ProposalAttachment
{
    public long Id { get; set; }
    public long ProposalId { get; set; }

    /// <summary>The cleaned file name shown and offered for download.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>What the upload check found, e.g. <c>PDF 서명 확인</c>.</summary>
    public required string ScanNote { get; set; }

    public required byte[] Content { get; set; }
    public DateTime UploadedAt { get; set; }
}
