// Text from reports and file names reaches a terminal in findings, notices and error messages.
// An escape sequence in a title (ESC[2J, an OSC 8 link, a title-bar change) or a bidi override in
// a file name would act on the terminal instead of being shown: they are removed. Line breaks and
// tabs stay. Every pattern here is linear (each run stops at the next ESC or BEL).
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[ -~]?)|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x1b\x9c]*[\x07\x9c]?/g
/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides, isolates and marks. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '')
}

/** Also without line breaks: a file name or quote that must stay on its line. */
export function oneLine(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, ' ')
}
