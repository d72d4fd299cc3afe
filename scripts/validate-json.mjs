// Validates a JSON document against a JSON schema (draft-04 or draft-07) with ajv, format checks on.
// Usage: node scripts/validate-json.mjs <schema.json> <document.json>
// Other schemas in the schema's folder are loaded too, so that its $refs (such as base-04.json) resolve.
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Ajv07 from "ajv";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";

const [schemaPath, documentPath] = process.argv.slice(2);
if (!schemaPath || !documentPath) {
  console.error("usage: node scripts/validate-json.mjs <schema.json> <document.json>");
  process.exit(2);
}

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const schema = readJson(schemaPath);
const isDraft04 = String(schema.$schema).includes("draft-04");
const ajv = isDraft04 ? new Ajv04({ allErrors: true, strict: false }) : new Ajv07({ allErrors: true, strict: false });
addFormats(ajv);

const schemaId = schema.$id ?? schema.id;
const folder = dirname(schemaPath);
for (const name of readdirSync(folder).filter((n) => n.endsWith(".json") && n !== basename(schemaPath))) {
  const referenced = readJson(join(folder, name));
  if (String(referenced.$schema).includes("draft-04") !== isDraft04) continue;
  ajv.addSchema(referenced, referenced.$id ?? referenced.id ?? new URL(name, schemaId).href);
}

const validate = ajv.compile(schema);
if (validate(readJson(documentPath))) {
  console.log(`${documentPath}: valid against ${schemaPath}`);
} else {
  for (const error of validate.errors) console.error(`${documentPath}: ${error.instancePath || "/"} ${error.message} (${error.schemaPath})`);
  process.exit(1);
}
