// types.test.mjs — the JavaScript types of the insights agree with the JSON Schema.
//
// Takes docs/schema/insights.schema.json and extension/types.d.ts (read with the TypeScript
// compiler API, strict mode); gives one test per schema object: the interface has the same
// properties, the same required/optional split and the same types (a `$ref` is the interface of
// that name, an enum the union of its values, `["string", "null"]` is `string | null`). A field
// renamed, added or retyped in one file and not the other fails here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(`${ROOT}docs/schema/insights.schema.json`, 'utf8'));
const TYPES = `${ROOT}extension/types.d.ts`;

/** Schema object ($defs name, or '' for the root) → the interface that mirrors it. */
const MIRRORS = {
  '': 'Insights',
  article: 'Article',
  quote: 'Quote',
  reported: 'Reported',
  entity: 'Entity',
  span: 'Span',
  stats: 'Stats',
  block: 'Block',
};
const INTERFACE_OF = Object.fromEntries(Object.entries(MIRRORS).filter(([k]) => k).map(([k, v]) => [`#/$defs/${k}`, v]));

const program = ts.createProgram([TYPES], { strict: true, noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const file = program.getSourceFile(TYPES);
const moduleSymbol = checker.getSymbolAtLocation(file);
const exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));

/** The members of a schema property's type, as TypeScript would print them. */
function schemaTypes(prop) {
  if (prop.$ref) {
    if (INTERFACE_OF[prop.$ref]) return [INTERFACE_OF[prop.$ref]];
    return schemaTypes(SCHEMA.$defs[prop.$ref.replace('#/$defs/', '')]);
  }
  if ('const' in prop) return [JSON.stringify(prop.const)];
  if (prop.enum) return prop.enum.map((v) => JSON.stringify(v));
  if (prop.oneOf) return prop.oneOf.flatMap(schemaTypes);
  const types = Array.isArray(prop.type) ? prop.type : [prop.type];
  return types.flatMap((t) => {
    switch (t) {
      case 'string': return ['string'];
      case 'integer': case 'number': return ['number'];
      case 'boolean': return ['boolean'];
      case 'null': return ['null'];
      case 'array': return schemaTypes(prop.items).map((i) => `${i}[]`);
      default: throw new Error(`no TypeScript counterpart for schema type ${t}`);
    }
  });
}

/** The members of a TypeScript property's type (undefined of an optional property left out). */
function tsTypes(symbol, decl) {
  const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
  const parts = (type.isUnion() ? type.types : [type]).map((t) => checker.typeToString(t));
  const out = parts.filter((p) => p !== 'undefined');
  if (out.includes('true') && out.includes('false')) {
    return out.filter((p) => p !== 'true' && p !== 'false').concat('boolean');
  }
  return out;
}

for (const [def, name] of Object.entries(MIRRORS)) {
  test(`${name} mirrors the schema's ${def || 'root object'}`, () => {
    const schema = def ? SCHEMA.$defs[def] : SCHEMA;
    assert.equal(schema.type, 'object');
    const symbol = exported.get(name);
    assert.ok(symbol, `extension/types.d.ts exports no ${name}`);
    const decl = symbol.declarations[0];
    const props = new Map(checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((p) => [p.name, p]));
    assert.deepEqual([...props.keys()].sort(), Object.keys(schema.properties).sort(), `${name}: property names`);
    for (const [key, prop] of Object.entries(schema.properties)) {
      const p = props.get(key);
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      assert.equal(optional, !schema.required.includes(key), `${name}.${key}: optional in one, required in the other`);
      assert.deepEqual(tsTypes(p, decl).sort(), schemaTypes(prop).sort(), `${name}.${key}: type`);
    }
  });
}

test('the schema closes every object it describes', () => {
  for (const [def, name] of Object.entries(MIRRORS)) {
    const schema = def ? SCHEMA.$defs[def] : SCHEMA;
    assert.equal(schema.additionalProperties, false, `${name}: additionalProperties must be false`);
  }
});
