// Every rule of fazhi, in the order of DESIGN.md's contract.
import emptySection from './empty-section.js'
import frontmatter from './frontmatter.js'
import headingNumbering from './heading-numbering.js'
import placeholder from './placeholder.js'
import requiredSection from './required-section.js'
import requiredTopic from './required-topic.js'
import sectionOrder from './section-order.js'
import signature from './signature.js'
import title from './title.js'
import type {RulePlugin} from '../src/rule.js'

export const rules: RulePlugin[] = [title, requiredSection, sectionOrder, headingNumbering, emptySection, requiredTopic, placeholder, frontmatter, signature]

export const ruleIds = rules.map((r) => r.meta.id)
