using System.Diagnostics;
using Dasan.Ai.Triage.Duplicates;
using Dasan.Ai.Triage.Summary;
using Xunit.Abstractions;
namespace Dasan.Ai.Tests.Triage.Duplicates;
public sealed class TmpProbe(ITestOutputHelper o)
{
    [Fact]
    public void Probe()
    {
        var a = "7011번 버스가 출근 시간에 배차 간격을 지키지 않습니다. 월드컵경기장역 정류장에서 20분 넘게 기다리는 날이 많고, 버스 세 대가 한꺼번에 몰려와서 앞차만 만원입니다. 출근 시간 배차 간격을 제대로 관리해 주세요.";
        var c = "271번 버스가 퇴근 시간에 신촌역 정류장을 무정차 통과합니다. 기사님이 손을 들어도 그냥 지나가서 다음 버스까지 15분을 기다렸어요. 271번 기사님들께 정류장 정차 교육을 해 주세요.";
        var text = string.Concat(Enumerable.Repeat(a, 8))[..500];
        var hh = new MinHasher();
        for (var i = 0; i < 3000; i++) hh.Fingerprint(text + i);
        var norm = new Dasan.Korean.Normalization.TextNormalizer();
        var swn = Stopwatch.StartNew();
        for (var i = 0; i < 2000; i++) norm.Normalize(text + i);
        o.WriteLine($"normalize us {swn.Elapsed.TotalMicroseconds / 2000:F1}");
        swn.Restart();
        for (var i = 0; i < 2000; i++) Dasan.Ai.Triage.Summary.KoreanSentenceSplitter.Split(text + i);
        o.WriteLine($"split us {swn.Elapsed.TotalMicroseconds / 2000:F1}");
        var sw0 = Stopwatch.StartNew();
        for (var i = 0; i < 2000; i++) hh.Fingerprint(text + i);
        o.WriteLine($"fingerprint us {sw0.Elapsed.TotalMicroseconds / 2000:F1}");
        var index = new NearDuplicateIndex();
        for (var i = 0; i < 2000; i++) index.Add(i, text + i, DateTime.UnixEpoch);
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 2000; i++) index.Add(10000 + i, c + text[..300] + i, DateTime.UnixEpoch);
        o.WriteLine($"add us {sw.Elapsed.TotalMicroseconds / 2000:F1}");
        sw.Restart();
        for (var i = 0; i < 200; i++) index.FindSimilar(c + text[..300] + "x" + i);
        o.WriteLine($"find (2000 cands) us {sw.Elapsed.TotalMicroseconds / 200:F1}");
        sw.Restart();
        for (var i = 0; i < 2000; i++) index.FindSimilar(c + i);
        sw.Restart();
        for (var i = 0; i < 2000; i++) index.FindSimilar(c + i);
        o.WriteLine($"find warm (few cands) us {sw.Elapsed.TotalMicroseconds / 2000:F1}");
        var fp = hh.Fingerprint(c + 1);
        sw.Restart();
        for (var i = 0; i < 2000; i++) index.FindSimilar(fp);
        o.WriteLine($"find fp only us {sw.Elapsed.TotalMicroseconds / 2000:F1}");
        sw.Restart();
        o.WriteLine($"find (few cands) us {sw.Elapsed.TotalMicroseconds / 2000:F1}");
        var s = new ExtractiveSummarizer();
        const string Bus = "안녕하세요. 항상 수고 많으십니다.\n저는 마포구 성산동에 사는 주민입니다. 매일 아침 7시 30분쯤 월드컵경기장역 앞 정류장에서 7011번 버스를 타고 출근합니다.\n그런데 최근 한 달 동안 7011번 버스가 배차 간격을 지키지 않고 20분 넘게 오지 않는 날이 많습니다. 어제는 버스 세 대가 한꺼번에 몰려와서 앞차만 만원이고 뒤차는 텅 빈 채 지나갔어요. 버스정보 안내기에는 3.5분 후 도착이라고 나오는데 실제로는 15분 뒤에야 버스가 왔습니다. 출근 시간에 7011번 버스 배차 간격을 제대로 관리해 주시고 안내기 정보도 점검해 주세요. 날씨가 추워지면 정류장에서 오래 기다리기가 더 힘들어요.\n바쁘시겠지만 빠른 답변 부탁드립니다. 감사합니다. 수고하세요!";
        foreach (var x in s.Summarize(Bus, 3, 300).Sentences) o.WriteLine($"{x.Score:F2} {x.Text}");
    }
}
