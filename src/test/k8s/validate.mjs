// Checks the Kubernetes manifests of deploy/ against the Kubernetes API's schemas, two ways:
// kubernetes-models' validate() (JSON Schema from the Kubernetes OpenAPI document: types, required
// fields, enums, formats), and the same models' TypeScript interfaces under tsc, whose excess
// property check refuses a field the API does not have (a misspelt readinessProbe, which the
// schemas let through, as kubeconform does without -strict). It first shows it can fail: a copy
// with an unknown field and a wrong type must be refused by each check.
//   node validate.mjs DEPLOY_DIR
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? join(here, "../../../deploy");

// apiVersion/kind -> the model's module (kubernetes-models' layout) and interface
const MODELS = {
  "apps/v1/Deployment": "apps/v1/Deployment",
  "v1/Service": "v1/Service",
  "autoscaling/v2/HorizontalPodAutoscaler": "autoscaling/v2/HorizontalPodAutoscaler",
  "policy/v1/PodDisruptionBudget": "policy/v1/PodDisruptionBudget",
};

function manifests() {
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      out.push({ file, object: doc.toJS() });
    }
  }
  return out;
}

async function schemaErrors(items) {
  const errors = [];
  for (const { file, object } of items) {
    if (object.apiVersion?.startsWith("kustomize.config.k8s.io/")) {
      for (const r of object.resources ?? []) {
        if (!readdirSync(dir).includes(r)) errors.push(`${file}: lists ${r}, which is not in ${dir}`);
      }
      continue;
    }
    const model = MODELS[`${object.apiVersion}/${object.kind}`];
    if (!model) { errors.push(`${file}: no model for ${object.apiVersion} ${object.kind}`); continue; }
    const kind = model.split("/").pop();
    const Model = (await import(`kubernetes-models/${model}`))[kind];
    try { new Model(object).validate(); } catch (e) { errors.push(`${file} (${object.kind} ${object.metadata?.name}): ${e.message}`); }
  }
  return errors;
}

function unknownFieldErrors(items, name) {
  const lines = [];
  items.forEach(({ file, object }, i) => {
    const model = MODELS[`${object.apiVersion}/${object.kind}`];
    if (!model) return;
    const kind = model.split("/").pop();
    lines.push(`import type { I${kind} as T${i} } from "kubernetes-models/${model}";`);
    lines.push(`// ${file}\nexport const m${i}: T${i} = ${JSON.stringify(object, null, 2)};`);
  });
  mkdirSync(join(here, "generated"), { recursive: true });
  const ts = join(here, "generated", `${name}.ts`);
  writeFileSync(ts, lines.join("\n") + "\n");
  try {
    execFileSync(join(here, "node_modules/.bin/tsc"), ["--noEmit", "--strict", "--skipLibCheck", "--module", "nodenext",
      "--moduleResolution", "nodenext", "--target", "es2022", ts], { cwd: here, stdio: "pipe" });
    return [];
  } catch (e) {
    return e.stdout.toString().trim().split("\n").filter((l) => l.includes("error TS"));
  }
}

// It can fail: an unknown field and a wrong type in a copy of the Deployment.
const items = manifests();
const broken = structuredClone(items.filter((m) => m.object.kind === "Deployment"));
if (!broken.length) throw new Error("deploy/ has no Deployment");
broken[0].object.spec.replicas = "three";
broken[0].object.spec.template.spec.containers[0].readinesProbe = { httpGet: { path: "/q/health/ready", port: "http" } };
const brokenSchema = await schemaErrors(broken);
const brokenFields = unknownFieldErrors(broken, "broken");
if (!brokenSchema.some((e) => e.includes("replicas")) || !brokenFields.some((e) => e.includes("readinesProbe"))) {
  console.error("the checks let a broken Deployment through:", brokenSchema, brokenFields);
  process.exit(1);
}

const errors = [...(await schemaErrors(items)), ...unknownFieldErrors(items, "manifests")];
if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}
console.log(`deploy/: ${items.length} manifests valid against the Kubernetes schemas (kubernetes-models 5.1.0), no unknown field`
  + ` (a broken copy was refused: ${brokenSchema.length} schema error, ${brokenFields.length} unknown field)`);
