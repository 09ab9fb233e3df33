namespace Dasan.Korean.PersonalData;

/// <summary>Kinds of personal data (개인정보) the detector finds.</summary>
public enum PersonalDataType
{
    /// <summary>주민등록번호, YYMMDD-GXXXXXX with gender digit 1–4.</summary>
    ResidentRegistrationNumber,

    /// <summary>외국인등록번호, the same shape with gender digit 5–8.</summary>
    AlienRegistrationNumber,

    /// <summary>Mobile, landline and VoIP numbers, domestic or +82.</summary>
    PhoneNumber,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>Payment card number of 15–16 digits passing the Luhn check.</summary>
    CardNumber,

    /// <summary>Bank account number written near a bank word.</summary>
    BankAccount,

    /// <summary>Passport number near 여권, or in the 2021 format M123A4567.</summary>
    PassportNumber,

    /// <summary>Driver's licence number 11-12-123456-12.</summary>
    DriverLicenseNumber,

    /// <summary>Vehicle registration plate 12가3456, 서울12가3456, 123가4567.</summary>
    VehiclePlate,

    /// <summary>Detailed address: 101동 1203호, 세종대로 110, 역삼동 123-45.</summary>
    Address,

    /// <summary>IPv4 or IPv6 address.</summary>
    IpAddress,

    /// <summary>A person's name introduced by context (저는 홍길동입니다, 성함: 이영희).</summary>
    PersonName,

    /// <summary>A date of birth the words name as one (생년월일: 1985.03.12, 1948년 5월 3일생).</summary>
    BirthDate,
}
