// Every file of the rendered corpus (tests/corpus-reports.test.ts runs a sample in `npm test`; this one runs in `npm run test:e2e`).
import {renderedFiles} from '../scripts/corpus/evaluate.js'
import {describeCorpus} from './corpus-helpers.js'

describeCorpus(renderedFiles())
