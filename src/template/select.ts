import type {TemplateRegistry} from './load.js'
import type {Template} from './types.js'

/** The template whose organisation endings fit `org` best (the longest ending wins). */
export function templateForOrg(registry: TemplateRegistry, org: string): Template | undefined {
  let best: {template: Template; length: number} | undefined
  for (const template of registry.list()) {
    for (const suffix of template.orgSuffixes) {
      if (org.endsWith(suffix) && suffix.length > (best?.length ?? 0)) best = {template, length: suffix.length}
    }
  }
  return best?.template
}
