// Measures a server's resident memory over stdio: idle (after initialize, tools/list and a quiet second) and its peak
// (VmHWM) under load, for ModuleGen and for the Node reference server @modelcontextprotocol/server-filesystem, each doing
// the kind of calls it is made for on the same folder tree. Linux only (/proc/PID/status).
// usage: node bench/memory.mjs WORKSPACE 'modulegen=cmd arg…' 'node-fs=cmd arg…'
//   a label starting with "modulegen" gets ModuleGen's load (build_context, validate_plan with 50 bricks, scaffold dry
//   runs, audit_workspace over WORKSPACE); any other label gets the filesystem server's (list_directory, read_text_file,
//   directory_tree, search_files) over WORKSPACE.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [workspace, ...specs] = process.argv.slice(2);
const status = (pid, key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;

function session(argv) {
  const child = spawn(argv[0], argv.slice(1), { stdio: ["pipe", "pipe", "ignore"] });
  const pending = new Map();
  let buffer = "", next = 1;
  child.stdout.on("data", (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf("\n")) >= 0) {
      const text = buffer.slice(0, end); buffer = buffer.slice(end + 1);
      const message = JSON.parse(text);
      if (message.id !== undefined && pending.has(message.id)) { pending.get(message.id)(message); pending.delete(message.id); }
    }
  });
  const send = (message) => child.stdin.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
  const request = (method, params) => new Promise((resolve) => { const id = next++; pending.set(id, resolve); send({ id, method, params }); });
  const call = async (name, args) => {
    const answer = await request("tools/call", { name, arguments: args });
    if (answer.error || answer.result.isError) throw new Error(`${name}: ${JSON.stringify(answer.error ?? answer.result.content).slice(0, 300)}`);
    return answer.result;
  };
  return { child, send, request, call };
}

const plan = { module: "bench", bricks: Array.from({ length: 50 }, (_, i) => ({
  name: `brick_${i}`, description: `Brick ${i}.`, contract_path: `ai_working/bench/brick_${i}.contract.md`,
  spec_path: `ai_working/bench/brick_${i}.impl_spec.md`, target_dir: `modules/bench/brick_${i}`, type: "python_module",
  depends_on: i === 0 ? [] : [`brick_${i - 1}`] })) };

async function moduleGenLoad(s) {
  for (let i = 0; i < 200; i++) await s.call("build_context", { module: `module ${i}` });
  for (let i = 0; i < 200; i++) await s.call("validate_plan", { plan });
  for (let i = 0; i < 100; i++) {
    await s.call("scaffold", { template: "dagster-module", target_dir: `modules/new${i}`, variables: { module: `new${i}`, grpc_port: 4100 },
      addons: ["postgresql", "schedules", "deploy-git", "deploy-rsync", "workspace"], dry_run: true });
  }
  for (let i = 0; i < 5; i++) await s.call("audit_workspace", {});
  return "200 build_context, 200 validate_plan (50 bricks), 100 scaffold dry runs, 5 audit_workspace";
}

async function filesystemLoad(s, tools) {
  const read = tools.includes("read_text_file") ? "read_text_file" : "read_file";
  const modules = readdirSync(join(workspace, "modules")).slice(0, 200);
  for (const m of modules) await s.call("list_directory", { path: join(workspace, "modules", m) });
  for (const m of modules) await s.call(read, { path: join(workspace, "modules", m, "README.md") });
  for (let i = 0; i < 5; i++) await s.call("directory_tree", { path: join(workspace, "modules") });
  for (let i = 0; i < 5; i++) await s.call("search_files", { path: workspace, pattern: "core.py" });
  return `${modules.length} list_directory, ${modules.length} ${read}, 5 directory_tree, 5 search_files`;
}

console.log("candidate".padEnd(22) + "idle_rss_MB  idle_hwm_MB  load_hwm_MB  load_rss_MB  load");
for (const spec of specs) {
  const [label, command] = spec.split(/=(.*)/s);
  const s = session(command.split(" ").filter(Boolean));
  await s.request("initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "memory-bench", version: "1" } });
  s.send({ method: "notifications/initialized" });
  const tools = (await s.request("tools/list", {})).result.tools.map((t) => t.name);
  await new Promise((r) => setTimeout(r, 1000));
  const idleRss = status(s.child.pid, "VmRSS"), idleHwm = status(s.child.pid, "VmHWM");
  const load = label.startsWith("modulegen") ? await moduleGenLoad(s) : await filesystemLoad(s, tools);
  const loadHwm = status(s.child.pid, "VmHWM"), loadRss = status(s.child.pid, "VmRSS");
  console.log(label.padEnd(22) + [idleRss, idleHwm, loadHwm, loadRss].map((v) => v.toFixed(1).padStart(11)).join("  ") + "  " + load);
  s.child.kill("SIGKILL");
}
