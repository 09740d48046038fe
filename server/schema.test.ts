import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_CLASSES, RELATION_TYPE_NAMES } from '../seed/vocabulary.ts';
import { toGqlClass } from './db/mapping.ts';

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../schema.graphql'), 'utf8'));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('schema.graphql and the vocabulary', () => {
  it('has exactly the vocabulary’s entity types, relation types and classes', () => {
    expect(values('EntityType')).toEqual([...ENTITY_TYPES]);
    expect(values('RelationType')).toEqual(RELATION_TYPE_NAMES);
    expect(values('RelationClass')).toEqual(RELATION_CLASSES.map(toGqlClass));
  });
});
