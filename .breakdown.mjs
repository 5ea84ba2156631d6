// per-source gzip-ish attribution: bytes of generated code mapped to each source
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2];
const files = process.argv.slice(3);
for (const f of files) {
  const code = readFileSync(`${dir}/${f}`, 'utf8');
  const map = JSON.parse(readFileSync(`${dir}/${f}.map`, 'utf8'));
  const c = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const bySrc = {};
  const parts = {};
  let mappings = [];
  c.eachMapping((m) => mappings.push(m));
  mappings.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for (let i=0;i<mappings.length;i++){
    const m=mappings[i], n=mappings[i+1];
    const line=lines[m.generatedLine-1];
    const end = n && n.generatedLine===m.generatedLine ? n.generatedColumn : line.length;
    const s=(m.source||'?').replace(/^.*node_modules\//,'nm/').replace(/^.*\/src\//,'src/');
    const txt=line.slice(m.generatedColumn,end);
    parts[s]=(parts[s]||'')+txt;
  }
  const total=gzipSync(code,{level:9}).length;
  console.log(`\n== ${f}: ${code.length} raw, ${total} gz`);
  const rows=Object.entries(parts).map(([s,t])=>[s,t.length,gzipSync(t,{level:9}).length]).sort((a,b)=>b[1]-a[1]);
  for (const [s,r,g] of rows.slice(0,40)) console.log(String(r).padStart(7), String(g).padStart(6), s);
}
