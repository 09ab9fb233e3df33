namespace Dasan.Ai.Triage.Urgency;

/// <summary>Cues of danger to life or safety, recall first (issue 14). Phrases are compact: lower case, no spaces.</summary>
internal static class CriticalCues
{
    private const Urgency C = Urgency.Critical;

    private static readonly string[] Person =
    [
        "사람", "분이", "분께서", "노인", "어르신", "할머니", "할아버지", "아이", "학생", "아기", "애기", "남편", "아내", "엄마", "아빠", "어머니",
        "아버지", "아저씨", "아주머니", "여자분", "남자분", "친구", "동료", "인부", "손님", "아들", "딸", "환자", "누가", "어떤분", "취객",
        "man", "woman", "someone", "guy", "lady", "worker", "driver", "person", "friend", "husband", "wife", "mother", "father",
    ];

    private static readonly string[] Child =
        ["아이", "애기", "아기", "애가", "애를", "아들", "딸", "유아", "어린이", "초등학생", "꼬마", "toddler", "child", "kid", "baby", "myson", "mydaughter", "ourson", "ourdaughter"];

    private static readonly string[] Elder =
    [
        "어르신", "할머니", "할아버지", "할매", "할배", "노인", "독거", "어머니", "아버지", "엄마", "아빠", "엄니", "어무이", "아부지", "노모", "치매", "oldlady", "oldman", "grandmother",
        "grandfather", "grandma", "grandpa", "elderly",
    ];

    /// <summary>Things that stand and can fall on people: "쓰러질 것 같아요" of one is a hazard; of a person (배고파, 다리가 후들거려), a feeling.</summary>
    private static readonly string[] Standing =
    [
        "크레인", "나무", "가로수", "전봇대", "전신주", "담이", "담벼락", "담장", "벽이", "벽돌", "기둥", "간판", "비계", "펜스", "울타리", "가림막", "구조물",
        "첨탑", "탑이", "옹벽", "축대", "신호등", "가로등", "철탑", "안테나", "현수막", "천막", "그늘막", "tree", "pole", "crane", "wall",
    ];

    /// <summary>People still inside a flooded place, anywhere in the text (often the next clause).</summary>
    private static readonly string[] PeopleStillInside =
        ["안에계", "아직계세요", "아직계시", "안에사람", "사람이안에", "사람들이안에", "아직못나오", "못빠져나오", "대피를못", "대피못하", "stillinside"];

    private static readonly string[] Water = ["물에", "물속", "강에", "강물", "한강", "호수", "하천", "수영장", "계곡", "얼음", "저수지", "바다", "개울", "천에", "river", "lake", "water"];

    public static IReadOnlyList<UrgencyCue> All { get; } =
    [
        UrgencyCue.Any(C, "가스 누출", "가스냄새", "가스넴새", "가스가새", "가스새", "까스냄새", "까스가새", "까스새", "가스가계속나와", "가스가계속새", "가스누출", "가스가누출", "가스누설", "가스폭발", "연탄가스", "유독가스", "일산화탄소", "gassmell", "gasleak", "smellofgas", "smellsgas"),
        UrgencyCue.All(C, "가스 누출", ["가스관", "가스배관", "도시가스", "가스통", "lpg"], ["터졌", "터져", "파손", "새고", "새요", "새는", "뿜", "건드", "냄새", "끊어"]),
        UrgencyCue.Any(C, "화재", "화재", "불이났", "불났", "불나써", "불이나", "불이붙", "불붙", "불길", "산불", "화염", "폭발", "연기가나", "연기가엄청", "연기가올라", "검은연기", "까만연기", "연기가자욱", "연기뿜", "연기가뿜", "연기가새", "연기가들어", "연기가다시나", "연기가다시올라", "연기가또나", "연기가또올라", "다시연기가나", "또연기가나", "다시연기가올라", "또연기가올라", "타는냄새", "탄냄새", "불이번", "불이옮", "활활", "펑소리", "펑하", "불이야", "fire", "smoke", "burning"),
        new UrgencyCue(C, "화재", [["연기", "불꽃"]], DocumentContext: ["살려", "대피", "help", "sos", "불이", "불꽃"]),
        UrgencyCue.Any(C, "싱크홀·지반 침하", "싱크홀", "땅꺼짐", "땅이꺼", "도로가꺼", "도로꺼짐", "지반침하", "큰구멍", "푹꺼", "sinkhole"),
        UrgencyCue.Any(C, "붕괴", "붕괴", "무너지", "무너질", "무너졌", "무너져", "무너지고", "무너진", "기울어지", "collapse", "collapsing"),
        UrgencyCue.All(C, "붕괴", Standing, ["넘어질것같", "쓰러질것같", "넘어질거같", "쓰러질거같"]),
        UrgencyCue.All(C, "화재", ["불이", "불길", "불똥"], ["번지고있", "번져요", "번졌", "옮겨붙", "옮겨가고"]),
        UrgencyCue.All(C, "붕괴·낙하물", ["외벽", "타일", "벽돌", "간판", "콘크리트", "유리창", "구조물", "낙하물", "기둥", "크레인", "자재", "철근", "파편", "덩어리", "돌이", "돌덩이", "piece"], ["떨어지고", "떨어지려", "계속떨어", "떨어질것", "떨어질거", "떨어졌", "떨어져서", "떨어져요", "떨어지네", "매달린", "falling"]),
        UrgencyCue.All(C, "붕괴", ["옹벽", "축대", "기둥", "다리", "외벽", "건물", "벽이", "담이", "담벼락", "천장", "천정", "지붕", "육교", "전봇대", "전신주", "비계", "철거", "ceiling", "wall"], ["금이가", "균열", "기울", "금가는", "쩍쩍", "내려앉", "주저앉", "갈라지", "배가불", "불룩", "휘어", "우지끈", "cracking"]),
        UrgencyCue.Any(C, "침수", "물이차오르", "차오르고", "차올랐", "차올라", "잠기고있", "침수되고있", "물이넘쳐", "하천이넘", "물이불어", "불어나고", "불어난", "물이차서", "물이차고", "물이찼", "물이들어와", "물이막들어", "물이쏟아", "흙탕물이쏟", "흙탕물이밀", "흙탕물이들", "폭포처럼", "급류", "물에잠", "flooding", "watercoming", "waterrising"),
        new UrgencyCue(C, "침수", [["침수", "물이들어와"]], NeedsOngoing: true),
        // Flooding said as 범람 / 잠기다, with people still inside somewhere in the text (often the next clause).
        new UrgencyCue(C, "침수", [["범람"]], DocumentContext: PeopleStillInside),
        new UrgencyCue(C, "침수", [["물", "빗물", "하천", "강", "도로", "골목", "마을", "반지하", "동네"], ["잠겼", "잠기고", "잠긴", "침수됐", "침수되었", "침수된"]],
            DocumentContext: PeopleStillInside),
        UrgencyCue.All(C, "침수", ["물", "침수", "빗물", "water"], ["허리까지", "무릎까지", "가슴까지", "목까지", "창문까지", "발목에서무릎"]),
        new UrgencyCue(C, "침수", [["문턱넘어", "문턱을넘어"]], DocumentContext: ["물이", "빗물", "흙탕물", "침수", "넘쳐", "넘처"]),
        // Water over a bank or into the street (둑 위로 물이 넘칩니다, 골목으로 넘쳐 들어오고 있습니다).
        UrgencyCue.All(C, "침수", ["물이", "물은", "빗물", "흙탕물", "강물", "개천물", "냇물", "하천물", "하천이"], ["넘쳐들어오", "넘쳐들어와", "넘쳐들어옵", "넘칩니다"]),
        // Water coming in and no way out (반지하 물 찼어요 나갈 수 없어요, 현관 못 열어요).
        new UrgencyCue(C, "침수", [["물이차", "물이찼", "물찼", "물차요", "물이들어", "물들어", "물많아", "물이많이들어", "빗물이", "침수", "waterin"]],
            DocumentContext: ["나갈수없", "나갈수가없", "못나가", "나갈데없", "현관못열", "문을못열", "cantgetout"]),
        UrgencyCue.All(C, "싱크홀·지반 침하", ["도로", "인도", "땅", "지반", "바닥", "길이", "길바닥", "아스팔트", "노면", "차도"], ["꺼져", "꺼졌", "꺼짐", "함몰", "내려앉", "주저앉", "폭삭"]),
        UrgencyCue.All(C, "추락 위험", ["난간", "베란다", "창문", "창틀", "옥상", "지붕"], ["매달려", "떨어질것같", "떨어지려", "올라가", "걸터"]),
        // Someone standing at the edge of a broken railing, a balcony or a roof (애가 그 끝에 서 있어요).
        new UrgencyCue(C, "추락 위험", [["끝에서있", "가장자리에서있", "끝에서놀", "끝에매달"]], DocumentContext: ["난간", "베란다", "옥상", "창문", "창틀", "지붕", "절벽", "낭떠러지"]),
        UrgencyCue.Any(C, "익수", "물에빠", "강에빠", "사람이빠", "허우적", "떠내려가", "drowning"),
        UrgencyCue.All(C, "익수", Water, ["빠졌", "빠져", "빠짐", "가라앉", "떠내려", "익사", "fellin"]),
        UrgencyCue.All(C, "익수", [.. Person, .. Child], Water, ["안올라와", "못올라와", "안떠올라", "못나와"]),
        UrgencyCue.All(C, "익수", [.. Person, .. Child], ["하천으로", "강으로", "물속으로", "계곡으로", "개울으로", "개울로", "호수로", "바다로", "저수지로", "intotheriver", "intothewater"], ["떨어졌", "떨어져", "떨어짐", "fell"]),
        UrgencyCue.Any(C, "폭력·위협", "폭행", "때리고", "때리는", "때려요", "때린다", "때리려", "맞고있", "한테맞았", "에게맞았", "한테서맞았", "에게서맞았", "한테맞고", "에게맞고", "흉기", "칼을들", "칼들고", "칼든", "칼을휘", "휘두르", "위협", "죽여버", "죽인다", "죽이겠", "해치겠", "난동", "가정폭력", "납치", "감금", "찌르", "찔렀", "찌른다", "칼에찔렸", "칼로찔렸", "흉기에찔렸", "칼에찔려", "칼맞았", "비명소리", "비명이들", "비명을지르", "목조르", "목을조르", "목졸", "유리병깨", "병을깨", "비번누르", "접근금지", "assault", "knife", "attacking", "beating", "stalker", "hittingme", "hitsme", "punchingme", "stabbed", "stabbing", "hasagun", "chokingme"),
        UrgencyCue.All(C, "폭력·위협", ["남자", "여자", "모르는사람", "낯선", "이상한사람", "아저씨", "놈", "누가", "someone", "man", "남친", "남자친구", "여자친구", "스토커"], ["따라와", "따라오", "미행", "쫓아", "following", "기다리고있", "waitingoutside", "waitingforme", "waitingatmy", "waitinginfrontof"]),
        // A vehicle on its roof or its side has people in it or under it (버스가 뒤집혔어요, 트럭이 전복됐어요; thirtieth session). The
        // vehicle is the subject: a flower pot the lorry knocked over (청소차가 지나가며 화분이 뒤집혔어요) is not.
        UrgencyCue.Any(C, "교통사고", "차가뒤집", "차량이뒤집", "버스가뒤집", "트럭이뒤집", "택시가뒤집", "승용차가뒤집", "화물차가뒤집", "오토바이가뒤집",
            "뒤집힌차", "뒤집힌버스", "뒤집힌트럭", "뒤집힌택시", "뒤집힌승용차", "차가전복", "차량전복", "차량이전복", "버스가전복", "버스전복", "트럭이전복", "트럭전복",
            "화물차전복", "화물차가전복", "승용차가전복", "택시가전복", "전복된차", "전복된버스", "전복된트럭"),
        // Someone in the house now, or just broken in (도둑이 집에 들어와 있어요, 누가 우리 집에 침입했어요): the police now. A fear of one
        // (도둑 들까 봐 방범창) or one found afterwards (어제 빈집에 도둑이 들었대요) is not; the past frame reads the second.
        UrgencyCue.All(C, "폭력·위협", ["도둑", "강도", "누가", "누군가", "모르는사람", "낯선사람", "낯선남자", "모르는남자", "침입자"],
            ["침입했", "침입해있", "침입하려", "들어와있", "집에들어왔", "집안에들어왔", "집에들어오려", "문을따고", "문따고", "창문을깨고들어", "창문깨고들어", "집안에있어"]),
        UrgencyCue.Any(C, "아동학대", "아동학대", "아이를때", "애를때", "아이를때려", "방치된아이", "아이가방치", "혼자방치", "학대", "매질"),
        // A child gone, said in the fewest words (애가 안 보여요): texts this short are not read by the models (ADR 0108).
        UrgencyCue.Any(C, "아동 위험", "애가사라졌", "아이가사라졌", "애기가사라졌", "아기가사라졌", "아들이사라졌", "딸이사라졌", "애가안보여", "아이가안보여", "애기가안보여", "아기가안보여", "아들이안보여", "딸이안보여", "아이를잃어버렸", "애를잃어버렸", "아이잃어버렸", "애잃어버렸"),
        UrgencyCue.All(C, "아동 위험", Child, ["방치", "차안에", "차에갇", "차에혼자", "없어졌", "못찾", "실종", "난간", "매달", "삼켰", "마셨", "축늘어", "혼자울", "배고프대", "locked", "aloneincar", "missing"]),
        UrgencyCue.Any(C, "자살·자해 위험", "죽고싶", "자살", "뛰어내리", "뛰어내릴", "자해", "유서", "극단적선택", "suicide", "suicidal"),
        // Taking it all at once beside a farewell (약 모아둔거 오늘 다 먹을거요 아들한테 미안하다고 전해주시오; twenty-ninth session). A
        // farewell, not pills saved up: after a review, 다 먹을 거 아니면 버리려고요 and a child who will eat all the candy were alarms.
        new UrgencyCue(C, "자살·자해 위험", [["다먹을거", "다먹을게", "다먹겠", "다먹으려", "다먹어버릴", "한번에다먹", "한꺼번에다먹", "한꺼번에먹을거", "다삼킬"]], Intent: true,
            DocumentContext: ["미안하다고", "미안해요다들", "고마웠", "감사했", "살아서뭐", "살기싫", "작별", "마지막인사", "잘있어", "먼저갈게", "먼저가요", "찾지마",
                "찾지말", "수면제", "수면유도제"]),
        // Asking how to die without pain is intent, whatever 방법 or 알려 주세요 says of talk (잡초 죽는 법 is not).
        new UrgencyCue(C, "자살·자해 위험", [["안아프게죽는", "안아프게죽을", "편하게죽는", "편하게죽을", "어떻게하면죽을수", "어떻게죽으면", "고통없이죽"]], Intent: true),
        new UrgencyCue(C, "자살·자해 위험", [["죽고싶", "목을매", "죽을거", "번개탄", "끝내겠", "끝낼거", "다끝내", "살기싫", "살고싶지않", "난간밖", "난간을넘", "약을다먹", "약다먹", "수면제를", "고마웠다", "다음생엔잘살", "다음생에는잘살", "다음생에잘살", "다음생엔꼭잘살", "killmyself", "killhimself", "killherself", "killthemselves", "wanttodie", "wantstodie", "endmylife", "endhislife", "endherlife", "endtheirlife", "tookallmypills", "tookallthepills", "tookallmymedicine", "goodbyeforever"]], Intent: true),
        UrgencyCue.Any(C, "고립·갇힘", "갇혀", "갇혔", "갇힘", "고립", "깔렸", "깔린", "매몰", "trapped", "stuck"),
        // A door that will not open with someone behind it; a locker's or a parcel box's (보관함 문이 안 열려요) is no danger.
        new UrgencyCue(C, "고립·갇힘", [["문이안열"]], DocumentContext: ["갇", "못나가", "못나와", "나갈수", "나올수", "안에사람", "사람이안에", "안에아이", "아이가안에", "애가안에",
            "안에애가", "아기가안에", "안에아기", "엘리베이터", "엘베", "승강기", "inside"]),
        UrgencyCue.Any(C, "감전 위험", "전선이끊", "전선끊", "끊어진전선", "끊긴전선", "전깃줄이끊", "전깃줄끊", "끊어진전깃줄", "전깃줄이늘어", "전깃줄이떨어", "감전", "불꽃이튀", "스파크", "고압선", "전선이늘어", "전선이떨어", "전선피복", "지지직", "sparks", "sparking", "powerline", "livewire"),
        UrgencyCue.Any(C, "응급 환자", "쓰러져계", "분이쓰러", "사람이쓰러", "의식이없", "의식x", "의식을잃", "정신을잃", "기절", "숨을안쉬", "숨을못쉬", "숨안쉬", "숨을안쉼", "숨안쉼", "신음소리", "숨을거의안", "숨이안쉬", "숨쉬기힘들", "숨쉬기어려", "숨헐떡", "호흡곤란", "숨소리가끊", "입술이파래", "얼굴이파래", "파랗게질", "질식", "목에걸려", "안일어나", "못일어나", "심정지", "쓰러지고있", "쓰러지셨", "쓰러지셔", "쓰러졋", "대답이없", "눈을안뜨", "축늘어", "거품물", "거품을물", "경련", "발작", "피가많이", "피를많이", "피가멈추지", "피가안멈", "피가철철", "숨못쉬", "숨못쉼", "숨을못쉼", "숨이안들어", "숨안들어", "숨이멎", "정신잃", "의식잃", "실신했", "실신하셨", "실신함", "입이돌아가", "입이한쪽으로", "머리에서피", "세제마", "세제를마", "과다복용", "notbreathing", "cantbreathe", "turningblue", "choking", "collapsed", "fainted", "unconscious", "unresponsive", "seizure", "overdose", "cannotgetup", "wontwakeup", "notwakingup", "electrocuted", "bleedingalot", "lotofblood"),
        new UrgencyCue(C, "고립·갇힘", [["엘리베이터", "엘베", "승강기", "elevator"], ["멈췄", "멈춰", "섰어요", "서버렸", "떨어지", "stopped"]], DocumentContext: ["안에", "갇", "명있", "못나", "층사이", "inside"]),
        // Going to the river or a rooftop after putting everything in order (오늘 밤에 한강 가려구요 다 정리했어요).
        new UrgencyCue(C, "자살·자해 위험", [["한강", "대교", "다리위", "옥상"], ["가려구", "가려고", "갈거예요", "갈게요", "갈려고"]],
            DocumentContext: ["누군가한테는", "누군가에게는", "살기싫", "못버티겠", "의미없", "작별", "고마웠", "다내려놓", "미안해요다들"], Intent: true),
        // Heart attack signs (ADR 0108): chest tightness with a cold sweat, a numb left arm or a pale face, often in other clauses.
        new UrgencyCue(C, "응급 환자", [["가슴이답답", "가슴이좀답답", "가슴통증", "가슴이아프", "가슴이조여", "가슴이쥐어짜", "가슴을움켜", "chestpain"]],
            DocumentContext: ["식은땀", "팔이저리", "팔도저리", "왼팔", "왼쪽팔", "얼굴이하얘", "얼굴이창백", "coldsweat", "leftarm"]),
        new UrgencyCue(C, "자살·자해 위험", [["옥상에올라", "옥상에서있", "난간에서있", "다리위에서", "다리난간"]], DocumentContext: ["못살겠", "살기싫", "죽고", "끝내", "마지막", "의미없", "힘들어서"]),
        new UrgencyCue(C, "고독사 의심", [["안보이시", "연락이안되", "연락두절"]], ["냄새", "쌓였", "쌓여"]),
        // An elder's milk or papers left at the door (우유가 다섯 개째 그대로입니다), the sign a deliverer sees first.
        new UrgencyCue(C, "고독사 의심", [["우유가", "우유를", "신문이", "신문을"], ["그대로", "쌓였", "쌓여"]], DocumentContext: ["어르신", "할머니", "할아버지", "독거", "혼자사시"]),
        // A child alone in the road (기저귀만 찬 아기가 혼자 차도로 걸어 나왔어요).
        UrgencyCue.All(C, "아동 위험", Child, ["차도로걸어나", "차도로나왔", "차도한가운데", "찻길한가운데", "도로한가운데", "찻길로나왔", "차도로뛰어들었", "찻길로뛰어들었"]),
        UrgencyCue.All(C, "어르신 위험", Elder, ["연락이안되", "연락이안돼", "연락이안닿", "연락두절", "전화를안받", "전화안받", "응답이없", "응답없", "안보이", "안보여", "못찾", "실종", "나가셨", "넘어져", "넘어지", "신음", "인기척", "missing"]),
        UrgencyCue.All(C, "고립·갇힘", Person, ["cantgetout", "cannotgetout", "stuckinside", "trappedinside"]),
        // Pinned: 운전석에 끼어서 못 나오세요, 아이 손이 문에 끼여서 못 빼요.
        UrgencyCue.All(C, "고립·갇힘", [.. Person, .. Child, "기사님", "운전자", "운전석", "조수석", "탑승자"], ["끼어서", "끼여서", "끼어", "끼여", "끼인"],
            ["못나오", "못나와", "못빠져", "안빠져", "못빼"]),
        // A body caught in a door, a machine or an escalator (아이 손이 엘리베이터 문에 끼었어요, 팔이 낀 채로): every training
        // writer calls it critical while it lasts; the past (지난달 손가락이 끼여서 치료 받았어요) is read as past.
        UrgencyCue.All(C, "고립·갇힘", ["팔이", "팔을", "손이", "손을", "손가락이", "손가락을", "발이", "발을", "다리가", "다리를", "머리가", "머리를", "arm", "hand", "finger", "foot", "leg"],
            ["끼었", "끼여", "끼임", "끼인", "끼어", "낀채", "꼈어", "껴서", "껴있", "caughtin", "stuckin"]),
        // A cry for help heard (옆방에서 '살려주세요' 하는 비명이 들려요); 살려주세요 alone is also how a trade asks for support.
        UrgencyCue.Any(C, "고립·갇힘", "몸이끼었", "몸이끼여", "몸이낀채", "몸이꼈"),
        new UrgencyCue(C, "응급 환자", [["살려주세요", "살려줘", "살려달라"]], DocumentContext: ["비명소리", "비명지르", "비명을지르", "소리가들려", "소리가나", "소리들려", "소리가들리", "소리쳐", "소리지르"]),
        // No response from a person (불러도 반응 없음, 쓰러진 남성 … 반응 없음); an app or a kiosk that does not respond is no danger.
        // A kiosk, an app or a bell that does not respond (키오스크가 반응이 없어요, 사람한테 물어봐야 해요) is none: the body's signs
        // or a person named right before it.
        new UrgencyCue(C, "응급 환자", [["반응이없", "반응없", "반응도없", "반응을안", "반응안해", "반응을하지"]],
            DocumentContext: ["쓰러", "호흡", "숨을", "숨이", "맥박", "의식이없", "의식을잃", "깨워도", "흔들어도", "노숙인", "환자가", "불러도반응"]),
        UrgencyCue.Any(C, "응급 환자", "아이가반응이없", "애가반응이없", "아기가반응이없", "애기가반응이없", "아들이반응이없", "딸이반응이없", "남편이반응이없",
            "아내가반응이없", "엄마가반응이없", "아빠가반응이없", "어머니가반응이없", "아버지가반응이없", "할머니가반응이없", "할아버지가반응이없", "친구가반응이없",
            "동생이반응이없", "사람이반응이없", "분이반응이없", "환자가반응이없"),
        // No movement after a fall or a crash (오토바이 넘어진 뒤 미동 없음); "구청은 미동도 없습니다" is a figure.
        new UrgencyCue(C, "응급 환자", [["미동없", "미동도없", "미동이없", "미동조차없"]],
            DocumentContext: ["쓰러", "넘어진", "넘어져", "넘어졌", "사고", "헬멧", "호흡", "숨을", "숨이", "의식", "피를", "피가", "다친", "다쳐", "떨어진", "떨어졌"]),
        UrgencyCue.Any(C, "응급 환자", "할머니가미동", "할아버지가미동", "아이가미동", "애가미동", "아기가미동", "사람이미동", "남편이미동", "아내가미동", "아버지가미동",
            "어머니가미동", "엄마가미동", "아빠가미동", "환자가미동", "분이미동"),
        // Hyperventilation that does not stop, said in the present (과호흡 온 거 같은데 안 멈춰요); not 안 멈춰서 응급실 갔었어요.
        new UrgencyCue(C, "응급 환자", [["과호흡"]], DocumentContext: ["안멈춰요", "안멈춤", "안멈춥니다", "안멈춰어떡", "안멈춰어떻게", "멈추지않아요", "멈추지않습니다", "멈추질않아요", "굳어가"]),
        // Poison swallowed (제초제를 마셨습니다): told in the past, it is happening to the body now.
        // A person's, not a pet's (강아지가 쥐약을 먹었어요); 무농약 쌀 and 농약 안 친 배추 are food.
        new UrgencyCue(C, "응급 환자", [["제초제", "농약을", "농약먹", "농약마", "살충제를", "락스를", "부동액을", "쥐약을", "그라목손", "표백제를"],
            ["마셨", "마심", "삼켰", "드셨", "들이켰", "마셔버", "먹었어", "먹었습", "먹었대", "먹어버렸"]],
            DocumentContext: [.. Person, .. Elder, "제가", "내가", "남편", "아내", "자녀", "동생"]),
        // Locked in a car that will not stop: asking to be let off (내려 달래도) with the doors locked or a strange road.
        new UrgencyCue(C, "폭력·위협", [["내려달래도", "내려달라고해도", "내려달라는데", "내려달라고했는데", "세워달래도", "세워달라고해도", "세워달라는데"]],
            DocumentContext: ["문잠그고", "문을잠그고", "문잠갔", "문을잠갔", "이상한길로", "모르는길로", "엉뚱한길로", "납치"]),
        UrgencyCue.Any(C, "응급 환자", "사람살려", "애가경기", "아이가경기", "아기가경기", "애기가경기", "경련을일으", "경련해", "경련하고", "경련중"),
        UrgencyCue.All(C, "응급 환자", Person, ["쓰러짐", "쓰러져", "쓰러졌", "안움직", "못움직", "움직이지를않", "움직이지않", "꼼짝", "notmoving", "isntmoving", "electricshock", "havingaheartattack", "hadaheartattack"]),
        UrgencyCue.All(C, "생명유지 장비 중단", ["산소발생기", "산소호흡기", "인공호흡기", "산소기", "산소통", "산소공급", "투석기", "석션기", "oxygenconcentrator", "oxygenmachine"],
            ["멈췄", "멈춰", "멈춤", "꺼졌", "꺼져", "끊겼", "끊어", "끊김", "안돌", "작동안", "작동이안", "비었", "바닥났", "stopped"]),
    ];
}
