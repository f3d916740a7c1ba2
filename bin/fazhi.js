#!/usr/bin/env node
import {main} from '../dist/src/cli/main.js'

// Output piped into `head` or a pager that quits: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}
process.exitCode = await main(process.argv.slice(2))
