using System;

namespace SpotifySync.Sandbox.Faults;

/// <summary>
/// How long a response takes. Real API latencies are right-skewed, so the realistic model is a log-normal
/// distribution fitted to a median and a 95th percentile.
/// </summary>
public abstract class LatencyModel
{
    public static LatencyModel None { get; } = new FixedLatency(TimeSpan.Zero);

    public static LatencyModel Fixed(TimeSpan latency) => new FixedLatency(latency);

    public static LatencyModel LogNormal(TimeSpan median, TimeSpan p95) => new LogNormalLatency(median, p95);

    public abstract TimeSpan Sample(Random random);

    private sealed class FixedLatency(TimeSpan latency) : LatencyModel
    {
        public override TimeSpan Sample(Random random) => latency;

        public override string ToString() => $"fixed {latency.TotalMilliseconds} ms";
    }

    private sealed class LogNormalLatency : LatencyModel
    {
        // The 95th percentile of the standard normal distribution.
        private const double Z95 = 1.6448536269514722;
        private readonly double _mu;
        private readonly double _sigma;
        private readonly TimeSpan _median;
        private readonly TimeSpan _p95;

        public LogNormalLatency(TimeSpan median, TimeSpan p95)
        {
            if (median <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(median), median, "The median latency must be positive.");
            if (p95 < median) throw new ArgumentOutOfRangeException(nameof(p95), p95, "The 95th percentile cannot be below the median.");
            _median = median;
            _p95 = p95;
            _mu = Math.Log(median.TotalMilliseconds);
            _sigma = Math.Log(p95.TotalMilliseconds / median.TotalMilliseconds) / Z95;
        }

        public override TimeSpan Sample(Random random)
        {
            // Box-Muller; 1 - NextDouble() keeps the logarithm's argument in (0, 1].
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return TimeSpan.FromMilliseconds(Math.Round(Math.Exp(_mu + _sigma * normal)));
        }

        public override string ToString() => $"log-normal, median {_median.TotalMilliseconds} ms, p95 {_p95.TotalMilliseconds} ms";
    }
}
