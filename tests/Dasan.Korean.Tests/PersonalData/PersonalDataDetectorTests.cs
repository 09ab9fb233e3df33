using Dasan.Korean.PersonalData;

namespace Dasan.Korean.Tests.PersonalData;

public sealed class PersonalDataDetectorTests
{
    private readonly PersonalDataDetector _detector = new();

    [Theory]
    [InlineData("010-1234-5678", PersonalDataType.PhoneNumber)]
    [InlineData("010 1234 5678", PersonalDataType.PhoneNumber)]
    [InlineData("01012345678", PersonalDataType.PhoneNumber)]
    [InlineData("010.1234.5678", PersonalDataType.PhoneNumber)]
    [InlineData("02)123-4567", PersonalDataType.PhoneNumber)]
    [InlineData("031-123-4567", PersonalDataType.PhoneNumber)]
    [InlineData("+82 10-1234-5678", PersonalDataType.PhoneNumber)]
    [InlineData("+82-10-1234-5678", PersonalDataType.PhoneNumber)]
    [InlineData("900101-1234567", PersonalDataType.ResidentRegistrationNumber)]
    [InlineData("900101-5234567", PersonalDataType.AlienRegistrationNumber)]
    [InlineData("hong@example.com", PersonalDataType.Email)]
    [InlineData("4111-1111-1111-1111", PersonalDataType.CardNumber)]
    [InlineData("11-12-123456-12", PersonalDataType.DriverLicenseNumber)]
    [InlineData("서울12가3456", PersonalDataType.VehiclePlate)]
    [InlineData("123가4567", PersonalDataType.VehiclePlate)]
    [InlineData("101동 1203호", PersonalDataType.Address)]
    [InlineData("192.168.0.1", PersonalDataType.IpAddress)]
    public void Detect_WhenValueStandsAlone_FindsItsType(string value, PersonalDataType type)
    {
        var finding = Assert.Single(_detector.Detect($"내용: {value} 입니다"));

        Assert.Equal(type, finding.Type);
        Assert.Equal(value, finding.Original);
    }

    [Theory]
    [InlineData("2024-05-01 2024.5.1 20240501 12:30")]
    [InlineData("과태료 1,234,000원과 5만원")]
    [InlineData("버스 7016번, 143번 버스, 9호선")]
    [InlineData("도로교통법 제12조 제3항, 법 제30조")]
    [InlineData("접수번호 2026-0001234")]
    [InlineData("다산콜 120, 119, 112, 대표번호 1588-1234")]
    [InlineData("30% 인상, 2023년, 3명, 우편번호 06234")]
    [InlineData("900132-1234567 은 날짜가 틀린 번호")]
    [InlineData("4111-1111-1111-1112 는 Luhn 실패")]
    [InlineData("위험한 상황이라면 바로 112나 119에 전화합니다")]
    [InlineData("불이 나면 그대로 119에 신고하세요")]
    [InlineData("급하면 따로 112에 문자로 신고할 수 있나요")]
    [InlineData("순서대로 112에 신고하세요")]
    [InlineData("시키는대로 119에 전화했어요")]
    [InlineData("안내받은 대로 112에 신고했어요")]
    public void Detect_WhenLookalikeNumbers_FindsNothing(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Theory]
    [InlineData("가평군 하면 중앙로 12에 살아요", "중앙로 12")]
    [InlineData("이천시 모가면 사실로 34 앞이에요", "사실로 34")]
    public void Detect_WhenATownshipEndsLikeAConditional_StillFindsTheAddress(string text, string address)
    {
        var finding = Assert.Single(_detector.Detect(text));
        Assert.Equal(PersonalDataType.Address, finding.Type);
        Assert.Equal(address, finding.Original);
    }

    [Fact]
    public void Detect_WhenAccountNumberHasNoBankWord_IgnoresIt()
    {
        Assert.Empty(_detector.Detect("번호 123456-01-234567"));
        Assert.Single(_detector.Detect("국민은행 123456-01-234567"));
    }

    [Fact]
    public void Detect_WhenPassportNearTrigger_FindsIt()
    {
        Assert.Equal(PersonalDataType.PassportNumber, Assert.Single(_detector.Detect("여권번호 M12345678 입니다")).Type);
        Assert.Empty(_detector.Detect("모델 M12345678 입니다"));
    }

    [Theory]
    [InlineData("저는 홍길동입니다", "홍길동")]
    [InlineData("제 이름은 김철수", "김철수")]
    [InlineData("성함: 이영희", "이영희")]
    [InlineData("민원인 박민수", "박민수")]
    [InlineData("신청인: 최지우", "최지우")]
    [InlineData("신고인 이유진 씨가 연락했어요", "이유진")]
    [InlineData("제 아들 최준호가 다친 일로 문의드려요", "최준호")]
    [InlineData("담당자 김민수 주무관님께 전해 주세요", "김민수")]
    [InlineData("신고인 이상도가 보냈습니다", "이상도")]
    [InlineData("민원인 정상도 씨", "정상도")]
    [InlineData("성함: 이상", "이상")]
    [InlineData("홍길동입니다. 집 앞 도로가 파였어요", "홍길동")]
    [InlineData("안녕하세요 김영희입니다 연락 부탁드립니다", "김영희")]
    [InlineData("안녕하세요. 마포구 주민 박서준이에요, 가로등이 꺼졌어요", "박서준")]
    [InlineData("망원동에 사는 이지수예요.", "이지수")]
    [InlineData("관악구 신림동 대학생 정우진이에요!", "정우진")]
    [InlineData("서울에 사는 문창수라고 해요", "문창수")]
    [InlineData("여든한 살 김말순이오", "김말순")]
    [InlineData("강서구사는 홍길동입니다.", "홍길동")]
    [InlineData("중랑구 면목동 일흔두 살 김말순이오", "김말순")]
    [InlineData("서울특별시에 사는 정민영이라고 합니다.", "정민영")]
    [InlineData("스무 살 이수진이라고 합니다", "이수진")]
    public void Detect_WhenNameIsIntroduced_FindsName(string text, string name)
    {
        Assert.Equal(name, Assert.Single(_detector.Detect(text)).Original);
    }

    [Theory]
    [InlineData("저는 학생입니다")]
    [InlineData("홍길동 같은 이야기")]
    [InlineData("날씨가 추워요")]
    [InlineData("신고인 정보는 공개되지 않아요")]
    [InlineData("신청인 주소는 적지 마세요")]
    [InlineData("아들 학교가 멀어요")]
    [InlineData("담당 주무관님께 전해 주세요")]
    [InlineData("버스 기사님이 불친절해요")]
    [InlineData("노숙자입니다")]
    [InlineData("주차장입니다. 차 빼주세요")]
    [InlineData("바로 판트 시스템입니다. 병을 돌려주면 돈을 줍니다")]
    [InlineData("불편한 점은 공사중입니다!")]
    [InlineData("노숙자입니다. 도와주세요")]
    [InlineData("임차인입니다. 보증금을 못 받았어요")]
    [InlineData("안녕하세요 방문객입니다.")]
    [InlineData("서울 시민 한사람입니다.")]
    [InlineData("대학생 여러분이에요")]
    [InlineData("23살 여직원입니다")]
    [InlineData("편의점에서 우유를 많이 사는 편인데요")]
    [InlineData("기초노령연금 대상자 실질심사는 안돼나요?")]
    [InlineData("점심은 김치찌개요")]
    [InlineData("잃어버린 물건은 할머니 지갑이요.")]
    [InlineData("학생 정기권이요")]
    [InlineData("다음 주민 공청회요, 언제 하나요?")]
    public void Detect_WhenNoNameTrigger_FindsNoName(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Fact]
    public void Detect_WhenChecksumValid_RaisesConfidence()
    {
        var valid = Assert.Single(_detector.Detect("900101-1234568")).Confidence;
        var invalid = Assert.Single(_detector.Detect("900101-1234567")).Confidence;

        Assert.True(valid > invalid);
    }

    [Theory]
    [InlineData("생년월일: 1985.03.12 입니다", "1985.03.12", "****.**.**")]
    [InlineData("생년월일 1985년 3월 12일", "1985년 3월 12일", "****년 *월 **일")]
    [InlineData("저희 어머니(1948년 5월 3일생)가 혼자 사세요", "1948년 5월 3일", "****년 *월 *일")]
    [InlineData("제 생일은 85년 3월 12일입니다", "85년 3월 12일", "**년 *월 **일")]
    [InlineData("1990년 7월 1일에 태어났어요", "1990년 7월 1일", "****년 *월 *일")]
    [InlineData("생년월일 850312", "850312", "******")]
    [InlineData("생년월일: 1985. 3. 12. 입니다", "1985. 3. 12.", "****. *. **.")]
    [InlineData("주민번호 앞자리 19850312 입니다", "19850312", "********")]
    [InlineData("어머니는 1948년 5월 3일 생이세요", "1948년 5월 3일", "****년 *월 *일")]
    public void Detect_WhenDateIsABirthDate_FindsAndMasksIt(string text, string date, string masked)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal((PersonalDataType.BirthDate, date), (finding.Type, finding.Original));
        Assert.Equal(text.Replace(date, masked, StringComparison.Ordinal), PersonalDataMasker.Mask(text, [finding]));
    }

    [Theory]
    [InlineData("2025년 3월 12일에 신청했어요")]
    [InlineData("이번 3월 12일에 행사 있나요")]
    [InlineData("1월 1일에 태어난 아이들은 입학이 늦어요")]
    [InlineData("생일 축하 행사는 2025.03.12에 열려요")]
    [InlineData("생년월일 1985년 13월 40일")]
    [InlineData("카드번호 앞자리 530112로 시작해요")]
    [InlineData("학번 앞자리 201103입니다")]
    [InlineData("2024년 1월 1일 출생아부터 지원되나요?")]
    [InlineData("2025년 3월 1일 생활지원금 신청했어요")]
    [InlineData("2025년 3월 1일 생일파티 장소 예약했어요")]
    [InlineData("2025년 12월 31일 생 중계로 타종 행사 봅니다")]
    [InlineData("2025년 3월 1일 생 딸기 입고")]
    [InlineData("2025년 5월 1일 생으로 방송됩니다")]
    public void Detect_WhenDateIsNoBirthDate_LeavesIt(string text)
    {
        Assert.Empty(_detector.Detect(text));
    }

    [Theory]
    [InlineData("생년월일 850312-1234567 입니다", "850312-1234567")]
    [InlineData("출생 850312 1234567", "850312 1234567")]
    public void Detect_WhenABirthWordPrecedesARegistrationNumber_MasksItAsOne(string text, string number)
    {
        var finding = Assert.Single(_detector.Detect(text));

        Assert.Equal(PersonalDataType.ResidentRegistrationNumber, finding.Type);
        Assert.Equal(number, finding.Original);
        Assert.DoesNotContain("1234567", PersonalDataMasker.Mask(text, [finding]), StringComparison.Ordinal);
    }
}
