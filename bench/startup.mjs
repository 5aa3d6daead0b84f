// Measures process start -> `initialize` answered over stdio (and, with --list, -> the first `tools/list` answered),
// for several server commands interleaved so that machine noise hits every candidate alike. Also reads, at the moment
// initialize is answered, the CPU time the process has used (all threads, /proc/PID/task/*/schedstat) and its peak
// resident memory (VmHWM). No dependencies: raw JSON-RPC over the child's stdin/stdout. Linux only (/proc).
// usage: node bench/startup.mjs RUNS [--list] [--peer=LABEL] 'label=cmd arg…' ['label=cmd arg…' …]   (the last one is the
// baseline; --peer adds a second ratio, of the tools/list time against that candidate, measured in the same starts)
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
const list = args.includes("--list");
const peerLabel = args.find((a) => a.startsWith("--peer="))?.slice("--peer=".length);
const [runsArg, ...specs] = args.filter((a) => a !== "--list" && !a.startsWith("--peer="));
const runs = Number(runsArg ?? 10);
const candidates = specs.map((spec) => {
  const [label, command] = spec.split(/=(.*)/s);
  return { label, argv: command.split(" ").filter(Boolean), init: [], cpu: [], hwm: [], tools: [] };
});

const line = (message) => JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n";
const initialize = line({ id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "startup-bench", version: "1" } } });
const cpuMs = (pid) => readdirSync(`/proc/${pid}/task`).reduce((sum, task) => {
  try { return sum + Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]); } catch { return sum; }
}, 0) / 1e6;
const hwmMb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;

function once([command, ...rest]) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn(command, rest, { stdio: ["pipe", "pipe", "ignore"] });
    const result = {};
    let buffer = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`timeout: ${command}`)); }, 30000);
    const done = () => { clearTimeout(timer); child.kill("SIGKILL"); resolve(result); };
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      if (result.init === undefined && buffer.includes('"id":1')) {
        result.init = elapsed();
        result.cpu = cpuMs(child.pid);
        result.hwm = hwmMb(child.pid);
        if (!list) return done();
        child.stdin.write(line({ method: "notifications/initialized" }) + line({ id: 2, method: "tools/list" }));
      }
      if (list && result.init !== undefined && /"id":2[,}]/.test(buffer)) {
        result.tools = elapsed();
        done();
      }
    });
    child.on("error", reject);
    child.stdin.write(initialize);
  });
}

const pct = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
for (const c of candidates) await once(c.argv); // warm the file cache once, unmeasured
for (let i = 0; i < runs; i++) {
  for (const c of candidates) {
    const r = await once(c.argv);
    c.init.push(r.init); c.cpu.push(r.cpu); c.hwm.push(r.hwm);
    if (list) c.tools.push(r.tools);
  }
}

const base = candidates[candidates.length - 1];
const peer = candidates.find((c) => c.label === peerLabel);
if (peerLabel !== undefined && (peer === undefined || !list)) throw new Error(`--peer=${peerLabel} needs --list and a candidate of that label`);
const f = (v) => v.toFixed(1).padStart(8);
console.log("candidate".padEnd(24) + "runs  init_min  init_p50  init_p90  ratio_p50  cpu_p50  cpu_ratio  hwm_MB" + (list ? "  list_p50  list_ratio" : "") + (peer ? `  list_vs_${peer.label}` : ""));
for (const c of candidates) {
  console.log(c.label.padEnd(24) + String(runs).padEnd(4) + f(Math.min(...c.init)) + "  " + f(pct(c.init, 50)) + "  " + f(pct(c.init, 90)) +
    (pct(c.init, 50) / pct(base.init, 50)).toFixed(2).padStart(11) + " " + f(pct(c.cpu, 50)) + (pct(c.cpu, 50) / pct(base.cpu, 50)).toFixed(2).padStart(11) +
    f(pct(c.hwm, 50)) + (list ? "  " + f(pct(c.tools, 50)) + (pct(c.tools, 50) / pct(base.tools, 50)).toFixed(2).padStart(12) : "") +
    (peer ? (pct(c.tools, 50) / pct(peer.tools, 50)).toFixed(2).padStart(10 + peer.label.length) : ""));
}
