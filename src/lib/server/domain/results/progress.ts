/** What is known about progress on a quantitative indicator. */
export type Progress = {
	/** 0–100: how far the latest actual has come from the baseline towards the target. */
	percent: number;
	latestValue: number;
	/** The start of the period the latest actual is from. */
	latestPeriodStart: string;
};

type Measured = { periodStart: string; actualValue: number | null };

/**
 * Progress toward a target: (latest actual − baseline) / (target − baseline), as a percentage clamped to
 * 0–100. It works for decreasing targets too ("fewer dropouts": baseline 40, target 10, actual 25 is 50 %).
 * A target equal to its baseline is about holding a level: 100 % when the actual is there, else 0 %.
 * The latest actual is the one of the period that starts last. Null without a baseline, target or actual.
 */
export function indicatorProgress(
	baseline: number | null | undefined,
	target: number | null | undefined,
	periods: readonly Measured[]
): Progress | null {
	if (baseline == null || target == null) return null;
	let latest: (Measured & { actualValue: number }) | undefined;
	for (const period of periods)
		if (period.actualValue !== null && (!latest || period.periodStart > latest.periodStart))
			latest = { periodStart: period.periodStart, actualValue: period.actualValue };
	if (!latest) return null;
	const share =
		target === baseline
			? latest.actualValue === target
				? 1
				: 0
			: (latest.actualValue - baseline) / (target - baseline);
	return {
		percent: Math.min(100, Math.max(0, share * 100)),
		latestValue: latest.actualValue,
		latestPeriodStart: latest.periodStart
	};
}
