// Every rule of fazhi, in the order of DESIGN.md's contract.
import artifact from './artifact.js'
import dateFormat from './date-format.js'
import dateValid from './date-valid.js'
import duplicateText from './duplicate-text.js'
import emptySection from './empty-section.js'
import frontmatter from './frontmatter.js'
import headingNumbering from './heading-numbering.js'
import placeholder from './placeholder.js'
import punctuation from './punctuation.js'
import requiredSection from './required-section.js'
import reportYear from './report-year.js'
import requiredTopic from './required-topic.js'
import sectionOrder from './section-order.js'
import signature from './signature.js'
import statAverage from './stat-average.js'
import statChange from './stat-change.js'
import statConflict from './stat-conflict.js'
import statRate from './stat-rate.js'
import statSum from './stat-sum.js'
import statZeroBase from './stat-zero-base.js'
import terminology from './terminology.js'
import title from './title.js'
import type {RulePlugin} from '../src/kernel/rule.js'

export const rules: RulePlugin[] = [title, requiredSection, sectionOrder, headingNumbering, emptySection, requiredTopic, placeholder, frontmatter, signature, dateValid, dateFormat, reportYear, statSum, statRate, statChange, statAverage, statZeroBase, statConflict, terminology, duplicateText, punctuation, artifact]

export const ruleIds = rules.map((r) => r.meta.id)
