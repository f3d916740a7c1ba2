// Argument parsing on node:util parseArgs, with every error in Chinese.
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {CliError} from './errors.js'

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T, allowPositionals = true): ReturnType<typeof parseArgs<{args: string[]; options: T; allowPositionals: boolean; strict: true}>> {
  try {
    return parseArgs({args: argv, options, allowPositionals, strict: true})
  } catch (error) {
    throw new CliError(`fazhi ${command}：${describeArgError(error, argv)}用 fazhi ${command} --help 查看用法。`)
  }
}

/** parseArgs's English error (told apart by its code and the option it quotes) in Chinese. */
function describeArgError(error: unknown, argv: string[]): string {
  const {code, message} = error as {code?: string; message: string}
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? ''
  // '-f, --format <value>' → --format
  const option = /--[^\s<,]+|-\w/.exec(quoted.split(',').at(-1) ?? '')?.[0] ?? quoted
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return /^-\d/.test(quoted) ? `不认识的选项 ${quoted}（以“-”开头的值要写在选项的等号后，如 --max-warnings=${quoted}）。` : `不认识的选项 ${quoted}。`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数“${quoted}”：这个命令不接受文件名等参数。`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/does not take an argument/.test(message)) return `选项 ${option} 不带值。`
      if (/ambiguous/.test(message)) {
        // The next argument starts with a dash: a negative number, or the value was forgotten.
        const at = argv.findIndex((a) => a === option || a.startsWith(`${option}=`))
        const next = at >= 0 ? argv[at + 1] : undefined
        return `选项 ${option} 后面缺少值${next ? `（“${next}”以“-”开头，会被当作选项；确是这个值时请写成 ${option}=${next}）` : ''}。`
      }
      return `选项 ${option} 后面缺少值。`
    }
    default:
      return '参数有误。'
  }
}
