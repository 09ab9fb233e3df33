using Dasan.Core.Requests;

namespace Dasan.Core.Tests.Requests;

public class RequestLifecycleTests
{
    [Theory]
    [InlineData(RequestStatus.Received, RequestStatus.Assigned)]
    [InlineData(RequestStatus.Assigned, RequestStatus.InProgress)]
    [InlineData(RequestStatus.InProgress, RequestStatus.Answered)]
    [InlineData(RequestStatus.Answered, RequestStatus.Closed)]
    [InlineData(RequestStatus.InProgress, RequestStatus.Transferred)]
    [InlineData(RequestStatus.Transferred, RequestStatus.InProgress)]
    [InlineData(RequestStatus.Received, RequestStatus.Rejected)]
    [InlineData(RequestStatus.Rejected, RequestStatus.Closed)]
    public void CanMove_WhenMoveFollowsTheLifecycle_ReturnsTrue(RequestStatus from, RequestStatus to) =>
        Assert.True(RequestLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(RequestStatus.Closed, RequestStatus.InProgress)]
    [InlineData(RequestStatus.Received, RequestStatus.Answered)]
    [InlineData(RequestStatus.Received, RequestStatus.Closed)]
    [InlineData(RequestStatus.Answered, RequestStatus.Transferred)]
    [InlineData(RequestStatus.Duplicate, RequestStatus.InProgress)]
    public void EnsureCanMove_WhenMoveSkipsTheLifecycle_ThrowsNamingBothStatuses(RequestStatus from, RequestStatus to)
    {
        var e = Assert.Throws<RequestRuleException>(() => RequestLifecycle.EnsureCanMove(from, to));
        Assert.Contains(StatusNames.Code(from), e.Message, StringComparison.Ordinal);
        Assert.Contains(StatusNames.Code(to), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsOverdue_WhenOpenPastDue_IsTrueAndWhenAnsweredIsFalse()
    {
        var r = new CitizenRequest { TrackingNumber = "2026-0000001", Title = "t", Body = "b", MaskedBody = "b", Status = RequestStatus.InProgress, DueAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        var now = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        Assert.True(r.IsOverdue(now));
        r.Status = RequestStatus.Answered;
        Assert.False(r.IsOverdue(now));
    }

    [Theory]
    [InlineData("질의", RequestType.Inquiry)]
    [InlineData("건의", RequestType.Suggestion)]
    [InlineData("고충·진정", RequestType.Grievance)]
    [InlineData("other", RequestType.Other)]
    public void TryParse_WhenKoreanOrEnglishType_Parses(string text, RequestType expected)
    {
        Assert.True(StatusNames.TryParse(text, out RequestType type));
        Assert.Equal(expected, type);
    }

    [Fact]
    public void Validate_WhenTitleMissingAndBodyTooLong_NamesBothFields()
    {
        var e = Assert.Throws<RequestValidationException>(() =>
            SubmissionValidator.Validate(new RequestSubmission { Title = " ", Body = new string('가', RequestLimits.BodyMax + 1) }));
        Assert.Contains("title", e.Errors.Keys);
        Assert.Contains("body", e.Errors.Keys);
    }

    [Fact]
    public void Format_WhenSequenceIsSmall_PadsToSevenDigits() =>
        Assert.Equal("2026-0001234", TrackingNumberAllocator.Format(2026, 1234));
}
