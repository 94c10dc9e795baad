// Runs autocannon against one URL and prints its result as one JSON line. run.js starts this as a
// separate process, so that generating load never shares a process (or an event loop) with the server.
import autocannon from 'autocannon';

const { url, connections, duration, warmup } = JSON.parse(process.argv[2]);

const fire = (seconds) =>
	new Promise((resolve, reject) => {
		autocannon({ url, connections, duration: seconds, timeout: 10 }, (error, result) =>
			error ? reject(error) : resolve(result)
		);
	});

if (warmup > 0) await fire(warmup);
process.stdout.write(JSON.stringify({ phase: 'measure' }) + '\n');
const started = process.cpuUsage();
const result = await fire(duration);
const used = process.cpuUsage(started);
process.stdout.write(
	JSON.stringify({
		requestsPerSecond: result.requests.average,
		total: result.requests.total,
		latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
		bytesPerSecond: result.throughput.average,
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		cpuSeconds: (used.user + used.system) / 1e6
	}) + '\n'
);
