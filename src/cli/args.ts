// Argument parsing on node:util parseArgs, with errors in Chinese.
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {CliError} from './errors.js'

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T, allowPositionals = true): ReturnType<typeof parseArgs<{args: string[]; options: T; allowPositionals: boolean; strict: true}>> {
  try {
    return parseArgs({args: argv, options, allowPositionals, strict: true})
  } catch (error) {
    const text = (error as Error).message
    const unknown = /Unknown option '([^']+)'/.exec(text)?.[1]
    if (unknown) throw new CliError(`fazhi ${command}：不认识的选项 ${unknown}。用 fazhi ${command} --help 查看用法。`)
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(text)?.[1]
    if (missing) throw new CliError(`fazhi ${command}：选项 ${missing} 后面缺少值。`)
    const positional = /Unexpected argument '([^']+)'/.exec(text)?.[1]
    if (positional) throw new CliError(`fazhi ${command}：多余的参数“${positional}”。`)
    throw new CliError(`fazhi ${command}：参数有误（${text}）。`)
  }
}
