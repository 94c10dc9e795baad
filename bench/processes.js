// Child processes for the benchmark: the built server, the hello server, the load generator, and the
// CPU time each used (from /proc, so the table can say where the time went).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

/** Starts `node <script>` with this environment, its output appended to `logFile`. */
export function startNode(script, env, logFile) {
	const fd = openSync(logFile, 'a');
	const child = spawn(process.execPath, [script], { env, stdio: ['ignore', fd, fd] });
	closeSync(fd);
	child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
	return child;
}

/** Waits until `url` answers 200, or fails when the process ends or `seconds` pass. */
export async function waitUntilUp(child, url, logFile, seconds = 90) {
	let ended = false;
	child.exited.then(() => (ended = true));
	const deadline = Date.now() + seconds * 1000;
	while (Date.now() < deadline && !ended) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
	throw new Error(`${url} did not come up${ended ? ' (the process ended)' : ''}; log ${logFile}:\n${tail}`);
}

/** SIGTERM, then SIGKILL if it has not ended in 10 s. */
export async function stop(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await child.exited;
	clearTimeout(timer);
}

/** Runs bench/load.js; calls `onMeasure` when the warm-up is over, resolves with autocannon's figures. */
export function runLoad(options, onMeasure) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [new URL('./load.js', import.meta.url).pathname, JSON.stringify(options)], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let output = '';
		child.stdout.on('data', (chunk) => {
			output += chunk;
			let newline;
			while ((newline = output.indexOf('\n')) >= 0) {
				const line = JSON.parse(output.slice(0, newline));
				output = output.slice(newline + 1);
				if (line.phase === 'measure') onMeasure();
				else resolve(line);
			}
		});
		child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
	});
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function cpuSecondsOf(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
	} catch {
		return 0;
	}
}

/** PostgreSQL's backends serving `database`: titled "postgres: [cluster: ]user database host(port) state". */
function backendPids(database) {
	const backend = new RegExp(`^postgres: (\\S+: )?\\S+ ${database} `);
	const title = (pid) => {
		try {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
		} catch {
			return '';
		}
	};
	try {
		return readdirSync('/proc')
			.filter((name) => /^\d+$/.test(name))
			.filter((pid) => backend.test(title(pid)));
	} catch {
		return [];
	}
}

/** CPU seconds all processes of the machine have used so far (Linux /proc/stat). */
function machineBusySeconds() {
	try {
		const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
		const [user, nice, system, , , irq, softirq, steal] = ticks;
		return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
	} catch {
		return 0;
	}
}

/**
 * CPU seconds used so far by the server, by PostgreSQL's backends for its database (when it uses one)
 * and by the whole machine (Linux; zeros elsewhere), so that other work competing for the cores,
 * including other databases on the same PostgreSQL, shows in the results.
 */
export function cpuSnapshot(serverPid, database) {
	return {
		at: performance.now(),
		server: cpuSecondsOf(serverPid),
		postgres: new Map((database ? backendPids(database) : []).map((pid) => [pid, cpuSecondsOf(pid)])),
		machine: machineBusySeconds()
	};
}

/**
 * Share of one core each used between two snapshots, e.g. 0.95 = 95 % of a core; `loadSeconds` is what
 * the load generator reported for itself (it has ended by the second snapshot).
 */
export function cpuShare(before, after, loadSeconds) {
	const seconds = (after.at - before.at) / 1000;
	let postgres = 0;
	for (const [pid, used] of after.postgres) postgres += used - (before.postgres.get(pid) ?? 0);
	const share = {
		server: (after.server - before.server) / seconds,
		load: loadSeconds / seconds,
		postgres: postgres / seconds,
		machine: (after.machine - before.machine) / seconds
	};
	return { ...share, other: Math.max(0, share.machine - share.server - share.load - share.postgres) };
}
