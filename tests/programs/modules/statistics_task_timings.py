# Statistics of task durations measured on the loop clock.
import asyncio
import random
import statistics


async def job(i, delays, durations):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(delays[i])
    durations.append(round(loop.time() - start, 3))


async def main():
    random.seed(42)
    delays = [round(random.uniform(0.1, 1.0), 2) for _ in range(12)]
    durations = []
    await asyncio.gather(*(job(i, delays, durations) for i in range(12)))
    print("durations:", durations)
    print("mean", statistics.mean(durations))
    print("fmean", statistics.fmean(durations))
    print("median", statistics.median(durations))
    print("stdev", statistics.stdev(durations))
    print("pstdev", statistics.pstdev(durations))
    print("variance", statistics.variance(durations))
    print("quartiles", statistics.quantiles(durations, n=4))
    print("deciles", statistics.quantiles(durations, n=10, method="inclusive"))
    print("mode of rounded", statistics.mode(round(d, 1) for d in durations))
    print("multimode", statistics.multimode([1, 1, 2, 2, 3]))
    print("int mean", statistics.mean([1, 2, 3, 4, 4]), statistics.median_low([1, 2, 3, 4]))
    print("geometric", statistics.geometric_mean([1, 10, 100]))
    print("harmonic", statistics.harmonic_mean([40, 60]))
    print("correlation", statistics.correlation(delays, durations))
    try:
        statistics.stdev([1.0])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)


asyncio.run(main())
