// Measures process start -> `initialize` answered over stdio, for one or more server commands, interleaved so that
// machine noise hits every candidate alike. No dependencies: raw JSON-RPC over the child's stdin/stdout.
// usage: node bench/startup.mjs RUNS 'label=cmd arg…' ['label=cmd arg…' …]
import { spawn } from "node:child_process";

const [runsArg, ...specs] = process.argv.slice(2);
const runs = Number(runsArg ?? 10);
const candidates = specs.map((spec) => {
  const [label, command] = spec.split(/=(.*)/s);
  return { label, argv: command.split(" ").filter(Boolean), times: [] };
});

const initialize = JSON.stringify({
  jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "startup-bench", version: "1" } },
}) + "\n";

function once([command, ...args]) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "ignore"] });
    let buffer = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`timeout: ${command}`)); }, 30000);
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      if (buffer.includes('"id":1')) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
    child.on("error", reject);
    child.stdin.write(initialize);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
for (const c of candidates) await once(c.argv); // warm the file cache once, unmeasured
for (let i = 0; i < runs; i++) for (const c of candidates) c.times.push(await once(c.argv));

const rows = candidates.map((c) => {
  const s = [...c.times].sort((a, b) => a - b);
  return { label: c.label, runs: s.length, min: s[0], p50: pct(s, 50), p90: pct(s, 90), max: s[s.length - 1] };
});
const base = rows[rows.length - 1];
console.log("candidate".padEnd(28) + "runs   min_ms   p50_ms   p90_ms   max_ms   p50_ratio_to_last");
for (const r of rows) {
  console.log(r.label.padEnd(28) + String(r.runs).padEnd(7) + [r.min, r.p50, r.p90, r.max].map((v) => v.toFixed(1).padStart(7)).join("  ") +
    "   " + (r.p50 / base.p50).toFixed(2));
}
