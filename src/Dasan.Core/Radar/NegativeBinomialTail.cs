namespace Dasan.Core.Radar;

/// <summary>
/// Upper tail of the negative-binomial distribution, P(X ≥ k) for mean μ and size r (variance μ + μ²/r), as a
/// surprise −log10 P. Uses P(X ≥ k) = I_{1−p}(k, r) with p = r / (r + μ) and the continued fraction of the
/// regularised incomplete beta function (Numerical Recipes §6.4). As r grows it tends to the Poisson tail.
/// </summary>
public static class NegativeBinomialTail
{
    private const int MaxIterations = 300;
    private const double Epsilon = 1e-14;
    private const double Tiny = 1e-300;

    /// <summary>−log10 P(X ≥ <paramref name="observed"/>); 0 when nothing was observed.</summary>
    public static double Surprise(double observed, double mean, double size)
    {
        if (observed <= 0 || observed <= mean)
        {
            return 0;
        }

        mean = Math.Max(mean, 1e-9);
        var p = size / (size + mean);
        var logTail = LogIncompleteBeta(observed, size, 1 - p);
        return Math.Max(0, -logTail / Math.Log(10));
    }

    /// <summary>log I_x(a, b).</summary>
    internal static double LogIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return double.NegativeInfinity;
        }

        if (x >= 1)
        {
            return 0;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x));
        if (x < (a + 1) / (a + b + 2))
        {
            return logFront + Math.Log(ContinuedFraction(a, b, x)) - Math.Log(a);
        }

        var complement = Math.Exp(logFront + Math.Log(ContinuedFraction(b, a, 1 - x)) - Math.Log(b));
        return Math.Log(Math.Max(1 - complement, Tiny));
    }

    private static double ContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = Step(1 + (aa * d));
            c = Guard(1 + (aa / c));
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = Step(1 + (aa * d));
            c = Guard(1 + (aa / c));
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }

    private static double Step(double d) => 1 / Guard(d);

    private static double Guard(double v) => Math.Abs(v) < Tiny ? Tiny : v;

    /// <summary>log Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9).</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++)
        {
            sum += g[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
