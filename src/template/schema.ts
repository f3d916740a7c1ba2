// JSON Schema of a template file (templates/*.yaml). docs/templates.md documents every field.

// Non-empty text. (A pattern rather than minLength: the compiled validator then needs no ajv runtime.)
export const NON_EMPTY = '\\S'
const text = {type: 'string', pattern: NON_EMPTY}
const id = {type: 'string', pattern: '^[a-z][a-z0-9-]*$'}
const years = {type: 'string', pattern: '^(\\d{4})?-(\\d{4})?$|^\\d{4}$'}
const texts = {type: 'array', items: text}

export const sectionSchema = {
  $id: 'section',
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id,
    title: text,
    aliases: texts,
    cues: texts,
    required: {type: 'boolean'},
    default: {type: 'boolean'},
    nested: {type: 'boolean'},
    years,
    hint: text,
    figures: texts,
    topics: {type: 'array', items: id},
    children: {type: 'array', items: {$ref: 'section'}},
    parent: id,
    after: id,
    before: id,
  },
} as const

export const topicSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id,
    name: text,
    required: {type: 'boolean'},
    keywords: texts,
    years,
    hint: text,
  },
} as const

export const templateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id,
    name: text,
    description: text,
    extends: id,
    abstract: {type: 'boolean'},
    fallback: {type: 'boolean'},
    title: text,
    orgSuffixes: texts,
    opening: text,
    signature: text,
    sections: {type: 'array', items: {$ref: 'section'}},
    remove: {type: 'array', items: id},
    topics: {type: 'array', items: topicSchema},
    removeTopics: {type: 'array', items: id},
  },
} as const
