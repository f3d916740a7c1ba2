import {findArtifacts} from '../src/import/artifacts.js'
for (const t of process.argv.slice(2)) console.log(t, findArtifacts(t).map((m) => m.pattern.id))
