import { readFileSync } from 'node:fs';
import { createSandbox } from '../src/engine';
import { loadEngineParts } from '../src/engine/parts';
const files = process.argv.slice(2);
await loadEngineParts();
for (const f of files) {
  const sb = createSandbox({ seed: 1 });
  sb.writeFile('m.yaml', readFileSync(f, 'utf8'));
  const a = sb.run('kubectl apply -f m.yaml');
  sb.advance(90_000);
  const pods = sb.run('kubectl get pods -o wide --no-headers').output;
  console.log(`== ${f}\n${a.output}${pods}`);
  for (const name of (sb.snapshot().objects.pods ?? []).map((p) => p.metadata?.name)) {
    const l = sb.run(`kubectl logs ${name} --all-containers --tail=4`).output;
    if (l.trim()) console.log(`-- logs ${name}:\n${l}`);
  }
  const ev = sb.run("kubectl get events --field-selector type=Warning --no-headers").output;
  if (ev.trim() && !ev.startsWith('No resources')) console.log(`-- warnings:\n${ev}`);
}
