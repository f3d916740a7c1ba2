// The published-report corpus, read back from every file it was rendered into (web copy, PDF text,
// Word text, a saved page, .docx, .doc, .wps, .odt, .pdf: scripts/corpus/render.ts): title,
// organisation, year and date read right, no error about what is right, every finding on the
// user's own line, the findings the report lists found, its headings in the outline and its
// sections without a heading said to be so. The text formats of every report and the binary ones
// of one report in four run here; `npm run test:e2e` runs them all, and
// `npx tsx scripts/corpus/evaluate.ts` prints the figures.
import {describeCorpus, sampled} from './corpus-helpers.js'

describeCorpus(sampled())
