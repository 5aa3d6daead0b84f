// Times hygen's runner in process (the peer's equivalent of ScaffoldBench): one generation per fresh folder.
// Usage: node hygen-bench.js <node_modules-dir> <templates-dir> <iterations>
const path = require('path');
const fs = require('fs');
const os = require('os');
const { runner, Logger } = require(path.join(process.argv[2], 'hygen'));

async function main() {
  const templates = process.argv[3];
  const iterations = Number(process.argv[4] || 200);
  const warmup = Math.max(500, iterations); // as ScaffoldBench: let the JIT's optimising tiers settle before measuring
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hygen-bench-'));
  const timings = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const cwd = path.join(scratch, `ws${i}`);
    fs.mkdirSync(cwd);
    fs.writeFileSync(path.join(cwd, 'workspace.yaml'), 'load_from:\n');
    const started = process.hrtime.bigint();
    const result = await runner(['dagster', 'new', '--name', 'orders'], {
      templates, cwd, logger: new Logger(() => {}), debug: false,
      exec: () => { throw new Error('no shell actions'); }, createPrompter: () => require(path.join(process.argv[2], 'enquirer')),
    });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (!result.success) { console.error('hygen failed'); process.exit(1); }
    if (i >= warmup) timings.push(elapsed);
    fs.rmSync(cwd, { recursive: true, force: true });
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  timings.sort((a, b) => a - b);
  const mean = timings.reduce((a, b) => a + b, 0) / timings.length;
  console.log(`hygen-inprocess iterations=${iterations} median_ms=${timings[Math.floor(timings.length / 2)].toFixed(3)} mean_ms=${mean.toFixed(3)} min_ms=${timings[0].toFixed(3)} p90_ms=${timings[Math.floor(timings.length * 0.9)].toFixed(3)}`);
}

main();
