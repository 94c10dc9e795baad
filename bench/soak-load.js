// The soak's load generator (started by bench/soak.js in a process of its own): CONNECTIONS loops, each
// sending a mix of reads and writes one after another, as a coordinator signed in (writes) and as the
// public. Prints one JSON line per window: requests, failures, latency percentiles.
const { base, cookie, partnershipId, connections, seconds, windowSeconds } = JSON.parse(process.argv[2]);

/** What a loop sends, by weight: mostly public and workspace reads, a fifth writes (add, then remove, a result). */
const READS = [
	{ weight: 4, path: '/api/v1/partnerships?limit=50' },
	{ weight: 3, path: '/sv/partnerships' },
	{ weight: 2, path: '/sv' },
	{ weight: 2, path: `/api/v1/partnerships/${partnershipId}/results`, signedIn: true },
	{ weight: 1, path: '/sv/workspace', signedIn: true }
];
const totalWeight = READS.reduce((sum, r) => sum + r.weight, 0);
const WRITE_SHARE = 0.2;

let window = newWindow();
function newWindow() {
	return { started: performance.now(), latencies: [], failures: 0, failed: {} };
}

async function timed(path, init, expected) {
	const started = performance.now();
	try {
		const response = await fetch(`${base}${path}`, init);
		const body = await response.text();
		window.latencies.push(performance.now() - started);
		if (response.status !== expected) {
			window.failures++;
			const key = `${init?.method ?? 'GET'} ${path.split('?')[0]} ${response.status}`;
			window.failed[key] = (window.failed[key] ?? 0) + 1;
			return null;
		}
		return body;
	} catch (error) {
		window.failures++;
		const key = `${init?.method ?? 'GET'} ${path.split('?')[0]} ${error.cause?.code ?? error.message}`;
		window.failed[key] = (window.failed[key] ?? 0) + 1;
		return null;
	}
}

function pickRead() {
	let n = Math.random() * totalWeight;
	for (const read of READS) if ((n -= read.weight) < 0) return read;
	return READS[0];
}

async function loop(lane, until) {
	for (let n = 0; performance.now() < until; n++) {
		if (Math.random() < WRITE_SHARE) {
			const results = `/api/v1/partnerships/${partnershipId}/results`;
			const headers = { cookie, 'content-type': 'application/json' };
			const body = JSON.stringify({ kind: 'output', title: { en: `soak ${lane}.${n}` } });
			const created = await timed(results, { method: 'POST', headers, body }, 201);
			if (created) await timed(`${results}/${JSON.parse(created).data.id}`, { method: 'DELETE', headers }, 204);
		} else {
			const read = pickRead();
			await timed(read.path, read.signedIn ? { headers: { cookie } } : undefined, 200);
		}
	}
}

function percentile(sorted, p) {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function report(final) {
	const w = window;
	window = newWindow();
	const sorted = w.latencies.sort((a, b) => a - b);
	const elapsed = (performance.now() - w.started) / 1000;
	const line = {
		requests: sorted.length,
		perSecond: sorted.length / elapsed,
		failures: w.failures,
		failed: w.failed,
		p50: percentile(sorted, 50),
		p99: percentile(sorted, 99),
		max: sorted.at(-1) ?? 0,
		final
	};
	process.stdout.write(JSON.stringify(line) + '\n');
}

const until = performance.now() + seconds * 1000;
const timer = setInterval(() => report(false), windowSeconds * 1000);
await Promise.all(Array.from({ length: connections }, (_, lane) => loop(lane, until)));
clearInterval(timer);
report(true);
