// botframework-connector serialises outgoing activities with a mapper whose `Entity` knows only
// `type`, `text` and `mentioned`, so every other field of our clinic.* entities (level, article,
// reasons…) would be dropped on the wire. The TestAdapter never shows this; tests/http does.
// Allowing additional properties on the mapper keeps them. Called once at start-up.
import { createRequire } from 'node:module';

interface CompositeMapper {
  type: { additionalProperties?: { type: { name: string } } };
}

let applied = false;

export function keepEntityFieldsOnTheWire(): void {
  if (applied) return;
  const require = createRequire(import.meta.url);
  const mappers = require('botframework-connector/lib/connectorApi/models/mappers') as { Entity: CompositeMapper };
  mappers.Entity.type.additionalProperties = { type: { name: 'Object' } };
  applied = true;
}
