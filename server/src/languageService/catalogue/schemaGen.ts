import type { Clause, ParamDef, ParamType } from './types';

/**
 * Builds schemas/appendix.schema.json from the catalogue, so the schema can never drift from the clauses
 * (a test compares the committed file with this output; `npm run gen` rewrites it).
 * Required-ness is not in the schema: whether a clause is missing, and how badly, depends on scope flags and
 * profiles, so the missing-clause rule decides it.
 */

type JsonSchema = Record<string, unknown>;

export const SCHEMA_BASE_URL = 'https://ecc-appendix.dev/schemas';

function unitWord(t: ParamType): string {
  return 'unit' in t && t.unit !== 'count' ? ` Unit: ${t.unit.replace('_', ' ')}.` : '';
}

export function paramSchema(p: ParamDef): JsonSchema {
  const t = p.type;
  const description = p.summary + unitWord(t);
  switch (t.kind) {
    case 'int':
      return { description, type: 'integer', minimum: 0 };
    case 'int-or-indefinite':
      return { description, anyOf: [{ type: 'integer', minimum: 0 }, { const: 'indefinite' }] };
    case 'bool':
      return { description, type: 'boolean' };
    case 'string':
      return { description, type: 'string' };
    case 'date':
      return { description, type: 'string', format: 'date' };
    case 'country':
      return { description, type: 'string', pattern: '^[A-Z]{2}$' };
    case 'enum':
      return { description, enum: [...t.values] };
    case 'list': {
      const item = t.item;
      const items =
        item.kind === 'string'
          ? { type: 'string' }
          : item.kind === 'country'
            ? { type: 'string', pattern: '^[A-Z]{2}$' }
            : { enum: [...item.values] };
      return { description, type: 'array', items };
    }
    case 'object':
      return { description, ...objectSchema(t.params) };
    case 'object-list':
      return { description, type: 'array', items: objectSchema(t.params) };
  }
}

function objectSchema(params: readonly ParamDef[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of params) properties[p.key] = paramSchema(p);
  return { type: 'object', properties, additionalProperties: false };
}

export function clauseSchema(c: Clause): JsonSchema {
  return {
    title: `${c.id}: ${c.title}`,
    description: `${c.mustState} ECC: ${c.ecc.join(', ')}.`,
    ...objectSchema(c.params),
  };
}

const HEADER: JsonSchema = {
  description: 'Who signed what and when: the contract this appendix belongs to.',
  type: 'object',
  properties: {
    id: { description: 'Identifier of this appendix; evidence logs link to it.', type: 'string' },
    title: { description: 'Title of the schedule in the contract.', type: 'string' },
    contract_ref: { description: 'Reference of the main contract.', type: 'string' },
    version: { description: 'Version of the appendix text.', type: 'string' },
    signed_on: { description: 'Date the contract was signed.', type: 'string', format: 'date' },
    effective_from: { description: 'Date the services start.', type: 'string', format: 'date' },
    term_months: { description: 'Contract term in months.', type: 'integer', minimum: 0 },
    last_reviewed_on: { description: 'Date the parties last reviewed this appendix (ECC 4-1-4).', type: 'string', format: 'date' },
    customer: {
      description: 'The entity buying the service.',
      type: 'object',
      properties: {
        name: { description: 'Customer name.', type: 'string' },
        entity_type: {
          description: 'Government entity, critical national infrastructure operator, or private company: decides ECC scope and the MSOC tier.',
          enum: ['government', 'cni_operator', 'private'],
        },
      },
      additionalProperties: false,
    },
    provider: {
      description: 'The third party providing the service.',
      type: 'object',
      properties: {
        name: { description: 'Provider name.', type: 'string' },
        country: { description: 'Country of the contracting provider entity (ISO 3166-1 alpha-2).', type: 'string', pattern: '^[A-Z]{2}$' },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

const EXCEPTION: JsonSchema = {
  description: 'An approved deviation from a clause baseline; while unexpired it turns that clause\'s findings into info.',
  type: 'object',
  properties: {
    id: { description: 'Identifier that clauses cite in `exception_ref`.', type: 'string' },
    clause: { description: 'Clause id the deviation concerns, e.g. `vuln.remediation_sla`.', type: 'string' },
    deviation: { description: 'What differs from the baseline.', type: 'string' },
    compensating_controls: { description: 'Controls that offset the risk.', type: 'string' },
    risk_ref: { description: 'Risk register entry that records the accepted risk.', type: 'string' },
    approved_by: { description: 'Role that approved the exception.', type: 'string' },
    approved_on: { description: 'Date of approval.', type: 'string', format: 'date' },
    expires_on: { description: 'Date after which the deviation is no longer accepted.', type: 'string', format: 'date' },
  },
  additionalProperties: false,
};

export function buildAppendixSchema(clauses: readonly Clause[], profiles: readonly string[]): JsonSchema {
  const sections: Record<string, JsonSchema> = {};
  for (const c of clauses) {
    if (c.path.length === 1) {
      sections[c.path[0]] = clauseSchema(c);
      continue;
    }
    const [section, key] = c.path;
    const s = (sections[section] ??= {
      description: `Clauses of the \`${section}\` section.`,
      type: 'object',
      properties: {},
      additionalProperties: false,
    });
    (s.properties as Record<string, JsonSchema>)[key] = clauseSchema(c);
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE_URL}/appendix.schema.json`,
    title: 'ECC Appendix: contract security appendix (ecc-appendix/v1)',
    description: 'Generated from the clause catalogue by `npm run gen`; do not edit by hand.',
    type: 'object',
    properties: {
      schema: { description: 'File format and version; must be `ecc-appendix/v1`.', const: 'ecc-appendix/v1' },
      appendix: HEADER,
      profile: {
        description: 'Profiles this appendix is checked against, on top of `ecc-baseline`; the strictest value wins.',
        type: 'array',
        items: { enum: [...profiles] },
      },
      ...sections,
      exceptions: { description: 'Approved deviations from the baseline.', type: 'array', items: EXCEPTION },
    },
    required: ['schema'],
    additionalProperties: false,
  };
}
