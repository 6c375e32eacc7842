/**
 * The in-memory taxonomy: skills numbered 0..n-1 (the index works on these integers),
 * name/alias resolution and symmetric related-skill links. Immutable once built.
 *
 * Names that resolve to nothing (a freelancer's "Foo Framework") give `undefined` here;
 * the engine keeps them as custom skills of its own, outside the taxonomy.
 */
import { BestMatchError } from "../errors.js";
import type { TaxonomyData, TaxonomySkill } from "./taxonomy-types.js";
import { TAXONOMY_FORMAT_VERSION } from "./taxonomy-types.js";
import { normalizeSkillKey } from "./extract/tokens.js";

export { normalizeSkillKey };

/** How a name was resolved: "exact" = the canonical name or id; "alias" = an alias or a spelling variant of either. */
export interface SkillResolution {
  index: number;
  via: "exact" | "alias";
}

/** Case-insensitive, whitespace-normalized form used for exact lookups and duplicate checks. */
export function exactSkillKey(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

const SKILL_FIELDS = new Set(["id", "name", "category", "aliases", "tagAliases", "related", "ambiguous", "generic"]);
const ID_RE = /^[a-z0-9][^\sA-Z]*$/;

/**
 * Checks an untrusted value (a parsed user JSON file) against the taxonomy format and its
 * consistency rules; returns it typed. Throws BestMatchError("INVALID_TAXONOMY") naming the
 * skill, the field, the bad value and what was expected.
 */
export function validateTaxonomy(data: unknown, source?: string): TaxonomyData {
  const fail = (message: string, field: string, value: unknown, expected: string, recordId?: string): never => {
    throw new BestMatchError("INVALID_TAXONOMY", message, { file: source, field, value, expected, recordId });
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) fail("taxonomy must be an object", "(root)", data, "{ version, name, skills }");
  const root = data as Record<string, unknown>;
  if (root.version !== TAXONOMY_FORMAT_VERSION) fail("unsupported taxonomy version", "version", root.version, `${TAXONOMY_FORMAT_VERSION}`);
  if (typeof root.name !== "string" || root.name.trim() === "") fail("taxonomy name missing", "name", root.name, "a non-empty string");
  if (!Array.isArray(root.skills)) fail("skills must be an array", "skills", root.skills, "an array of skills");
  const skills = root.skills as unknown[];

  skills.forEach((raw, i) => checkSkillShape(raw, `skills[${i}]`, fail));
  const typed = skills as TaxonomySkill[];

  const ids = new Map<string, number>();
  const keys = new Map<string, { skill: number; text: string }>();
  typed.forEach((skill, i) => {
    const at = `skills[${i}]`;
    const earlier = ids.get(skill.id);
    if (earlier !== undefined) fail(`duplicate skill id (first at skills[${earlier}])`, `${at}.id`, skill.id, "ids unique", skill.id);
    ids.set(skill.id, i);
  });
  typed.forEach((skill, i) => {
    const at = `skills[${i}]`;
    const claims: Array<[string, string]> = [[`${at}.id`, skill.id], [`${at}.name`, skill.name]];
    (skill.aliases ?? []).forEach((a, j) => claims.push([`${at}.aliases[${j}]`, a]));
    (skill.tagAliases ?? []).forEach((a, j) => claims.push([`${at}.tagAliases[${j}]`, a]));
    for (const [field, text] of claims) {
      const key = exactSkillKey(text);
      const owner = keys.get(key);
      if (owner && owner.skill !== i) {
        const other = typed[owner.skill].id;
        fail(`"${text}" also names skill "${other}" (as "${owner.text}")`, field, text, "each name, alias and id to name one skill", skill.id);
      }
      keys.set(key, { skill: i, text });
    }
    (skill.related ?? []).forEach((r, j) => {
      if (!ids.has(r)) fail("related skill id is not in the taxonomy", `${at}.related[${j}]`, r, "the id of another skill", skill.id);
      if (r === skill.id) fail("a skill cannot be related to itself", `${at}.related[${j}]`, r, "the id of another skill", skill.id);
    });
  });
  return data as TaxonomyData;
}

type Fail = (message: string, field: string, value: unknown, expected: string, recordId?: string) => never;

function checkSkillShape(raw: unknown, at: string, fail: Fail): void {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail("skill must be an object", at, raw, "{ id, name, category, aliases?, tagAliases?, related?, ambiguous?, generic? }");
  const s = raw as Record<string, unknown>;
  const id = typeof s.id === "string" ? s.id : undefined;
  for (const field of Object.keys(s)) {
    if (!SKILL_FIELDS.has(field)) fail("unknown skill field", `${at}.${field}`, field, [...SKILL_FIELDS].join(", "), id);
  }
  if (typeof s.id !== "string" || !ID_RE.test(s.id)) fail("bad skill id", `${at}.id`, s.id, "a lowercase slug without spaces, e.g. \"google-ads\"", id);
  if (typeof s.name !== "string" || s.name.trim() === "") fail("skill name missing", `${at}.name`, s.name, "a non-empty string", id);
  if (typeof s.category !== "string" || !/^[^/\s][^/]*(\/[^/\s][^/]*)*$/.test(s.category)) {
    fail("bad skill category", `${at}.category`, s.category, "a slash path like \"software/web-frontend\"", id);
  }
  for (const list of ["aliases", "tagAliases", "related"] as const) {
    const value = s[list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) fail(`${list} must be an array`, `${at}.${list}`, value, "an array of non-empty strings", id);
    (value as unknown[]).forEach((v, j) => {
      if (typeof v !== "string" || v.trim() === "") fail(`bad ${list} entry`, `${at}.${list}[${j}]`, v, "a non-empty string", id);
    });
  }
  for (const flag of ["ambiguous", "generic"] as const) {
    if (s[flag] !== undefined && typeof s[flag] !== "boolean") fail(`${flag} must be a boolean`, `${at}.${flag}`, s[flag], "true or false", id);
  }
}

/**
 * Adds `extra` to `base`. A skill of `extra` whose id is already in `base` overrides it:
 * its name, category and ambiguous flag replace the base ones, its aliases and related ids
 * are added to the base ones (a replaced name stays on as an alias, so records written with
 * it still resolve). Other skills are appended. The result is validated; errors name the
 * extension as their file.
 */
export function extendTaxonomy(base: TaxonomyData, extra: TaxonomyData): TaxonomyData {
  const extraSource = `extension "${(extra as { name?: unknown }).name}"`;
  if (typeof extra !== "object" || extra === null || !Array.isArray(extra.skills)) validateTaxonomy(extra, extraSource);
  extra.skills.forEach((raw, i) => checkSkillShape(raw, `skills[${i}]`, (message, field, value, expected, recordId) => {
    throw new BestMatchError("INVALID_TAXONOMY", message, { file: extraSource, field, value, expected, recordId });
  }));
  const merged = base.skills.map((s) => ({ ...s }));
  const position = new Map(merged.map((s, i) => [s.id, i]));
  for (const add of extra.skills) {
    const at = position.get(add.id);
    if (at === undefined) {
      position.set(add.id, merged.length);
      merged.push({ ...add });
      continue;
    }
    const old = merged[at];
    const skill: TaxonomySkill = { id: old.id, name: add.name, category: add.category };
    const aliases = union(old.aliases, add.aliases).filter((a) => exactSkillKey(a) !== exactSkillKey(add.name));
    if (old.name !== add.name && !aliases.some((a) => exactSkillKey(a) === exactSkillKey(old.name))) aliases.unshift(old.name);
    const related = union(old.related, add.related);
    if (aliases.length) skill.aliases = aliases;
    const tagAliases = union(old.tagAliases, add.tagAliases);
    if (tagAliases.length) skill.tagAliases = tagAliases;
    if (related.length) skill.related = related;
    const ambiguous = add.ambiguous ?? old.ambiguous;
    if (ambiguous) skill.ambiguous = true;
    const generic = add.generic ?? old.generic;
    if (generic) skill.generic = true;
    merged[at] = skill;
  }
  return validateTaxonomy({ version: TAXONOMY_FORMAT_VERSION, name: `${base.name}+${extra.name}`, skills: merged }, extraSource);
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** One spelling of a skill as it may appear in text: its name or an alias. */
export interface SurfaceForm {
  index: number;
  /** As written in the taxonomy ("Go", "Golang"). */
  text: string;
  /** normalizeSkillKey(text). */
  key: string;
  isName: boolean;
}

export class Taxonomy {
  readonly name: string;
  readonly size: number;
  private readonly skills: readonly TaxonomySkill[];
  private readonly byId = new Map<string, number>();
  private readonly exact = new Map<string, SkillResolution>();
  /** Loose key -> skill, or -1 when two skills share the key (then only exact spellings resolve). */
  private readonly loose = new Map<string, number>();
  private readonly links: ReadonlyArray<readonly number[]>;
  /** Loose key of a tag alias -> skill (-1 when two skills share it): resolved when listed, never extracted. */
  private readonly tagLoose = new Map<string, number>();
  private readonly forms: readonly SurfaceForm[];

  constructor(data: TaxonomyData) {
    validateTaxonomy(data);
    this.name = data.name;
    this.skills = Object.freeze(data.skills.map((s) => Object.freeze({
      ...s,
      ...(s.aliases ? { aliases: Object.freeze([...s.aliases]) as string[] } : {}),
      ...(s.tagAliases ? { tagAliases: Object.freeze([...s.tagAliases]) as string[] } : {}),
      ...(s.related ? { related: Object.freeze([...s.related]) as string[] } : {}),
    })));
    this.size = this.skills.length;
    const forms: SurfaceForm[] = [];
    this.skills.forEach((s, index) => {
      this.byId.set(s.id, index);
      const exact = Object.freeze<SkillResolution>({ index, via: "exact" });
      this.exact.set(exactSkillKey(s.id), exact);
      this.exact.set(exactSkillKey(s.name), exact);
      forms.push({ index, text: s.name, key: normalizeSkillKey(s.name), isName: true });
      for (const alias of s.aliases ?? []) {
        if (!this.exact.has(exactSkillKey(alias))) this.exact.set(exactSkillKey(alias), Object.freeze<SkillResolution>({ index, via: "alias" }));
        forms.push({ index, text: alias, key: normalizeSkillKey(alias), isName: false });
      }
      for (const alias of s.tagAliases ?? []) {
        const key = normalizeSkillKey(alias);
        const owner = this.tagLoose.get(key);
        this.tagLoose.set(key, owner === undefined || owner === index ? index : -1);
      }
    });
    for (const f of forms) {
      const owner = this.loose.get(f.key);
      this.loose.set(f.key, owner === undefined || owner === f.index ? f.index : -1);
    }
    this.forms = Object.freeze(forms.map((f) => Object.freeze(f)));
    const sets = this.skills.map(() => new Set<number>());
    this.skills.forEach((s, index) => {
      for (const id of s.related ?? []) {
        const other = this.byId.get(id)!;
        sets[index].add(other);
        sets[other].add(index);
      }
    });
    this.links = Object.freeze(sets.map((set) => Object.freeze([...set].sort((a, b) => a - b))));
  }

  skill(index: number): TaxonomySkill {
    const s = this.skills[index];
    if (s === undefined) throw new RangeError(`skill index ${index} out of range 0..${this.size - 1}`);
    return s;
  }

  /** Index of a skill id, or undefined. */
  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  category(index: number): string {
    return this.skill(index).category;
  }

  /** Related skills (taxonomy links in either direction), ascending indices. */
  related(index: number): readonly number[] {
    this.skill(index);
    return this.links[index];
  }

  isAmbiguous(index: number): boolean {
    return this.skill(index).ambiguous === true;
  }

  /** A field of work rather than a tool (see TaxonomySkill.generic). */
  isGeneric(index: number): boolean {
    return this.skill(index).generic === true;
  }

  /** Every name and alias with its key, in taxonomy order (the extractor builds its index from these). */
  surfaceForms(): readonly SurfaceForm[] {
    return this.forms;
  }

  /**
   * Resolves a skill as written on a record. Tried in order: exact name or id (case and
   * whitespace ignored) -> "exact"; exact alias -> "alias"; the loose key of
   * normalizeSkillKey (".", "-", "/", spaces ignored) when it names one skill -> "alias";
   * a plural of a non-ambiguous skill ("APIs", "Databases", "Technologies") -> "alias";
   * the name without a trailing version ("Angular 12", "php7", "Java 8", "C++11") -> "alias";
   * then a tag alias ("Website", "Testing") -> "alias"; then the marketplace variants of
   * `marketplaceVariants` ("WordPress Plugin", "Microsoft SharePoint", "Logo") -> "alias".
   */
  resolve(nameOrAlias: string): SkillResolution | undefined {
    const spelled = this.resolveSpelling(nameOrAlias);
    if (spelled) return spelled;
    const trimmed = nameOrAlias.trim();
    for (const variant of [trimmed, ...marketplaceVariants(trimmed)]) {
      const index = this.exact.get(exactSkillKey(variant))?.index ?? this.looseIndex(normalizeSkillKey(variant)) ?? this.tagIndex(variant);
      if (index !== undefined) return { index, via: "alias" };
    }
    return undefined;
  }

  private tagIndex(text: string): number | undefined {
    const index = this.tagLoose.get(normalizeSkillKey(text));
    return index === undefined || index < 0 ? undefined : index;
  }

  /**
   * Resolution by spelling alone, as extraction sees skills: names, aliases, spelling variants,
   * plurals and versions (the first four rules of `resolve`), without tag aliases and
   * marketplace variants. Extraction evaluations count gold spans that resolve this way.
   */
  resolveSpelling(nameOrAlias: string): SkillResolution | undefined {
    const exact = this.exact.get(exactSkillKey(nameOrAlias));
    if (exact) return exact;
    const loose = this.looseIndex(normalizeSkillKey(nameOrAlias));
    if (loose !== undefined) return { index: loose, via: "alias" };
    const trimmed = nameOrAlias.trim();
    for (const stem of pluralStems(trimmed)) {
      const index = this.looseIndex(normalizeSkillKey(stem));
      if (index !== undefined && !this.isAmbiguous(index)) return { index, via: "alias" };
    }
    const unversioned = withoutVersion(trimmed);
    if (unversioned !== undefined) {
      const index = this.exact.get(exactSkillKey(unversioned))?.index ?? this.looseIndex(normalizeSkillKey(unversioned));
      if (index !== undefined) return { index, via: "alias" };
    }
    return undefined;
  }

  /** The skill owning a loose key, unless none or several do. */
  looseIndex(key: string): number | undefined {
    const index = this.loose.get(key);
    return index === undefined || index < 0 ? undefined : index;
  }

  toData(): TaxonomyData {
    return { version: TAXONOMY_FORMAT_VERSION, name: this.name, skills: this.skills.map((s) => ({ ...s })) };
  }
}

export function createTaxonomy(data: TaxonomyData): Taxonomy {
  return new Taxonomy(data);
}

const VENDOR = /^(?:microsoft|ms|apple|google|amazon|aws|adobe|ibm|oracle|sap|meta|autodesk|atlassian|zoho|intuit|jetbrains|cisco|vmware|salesforce|hubspot)\s+(.+)$/i;
/**
 * Words marketplace tags add to a tool's name for the kind of work on it or its edition:
 * "WordPress Plugin", "Shopify Templates", "Python Script", "QuickBooks Enterprise".
 */
const WORK_SUFFIX = new RegExp(
  "^(.+?)\\s+(?:" +
    [
      "development", "developer", "programming", "plugins?", "themes?", "templates?", "customi[sz]ation", "integration", "setup", "set up",
      "configuration", "administration", "admin", "scripts?", "scripting", "apps?", "application", "website", "site", "bug fix(?:es)?", "fix",
      "optimi[sz]ation", "framework", "platform", "software", "expert", "consultation", "consulting", "architecture", "stack", "support",
      "maintenance", "api", "sdk", "automation", "migration", "upgrade", "update", "implementation", "redesign", "design", "improvement",
      "enhancement", "audit", "installation", "install", "deployment", "hosting", "modification", "troubleshooting", "testing", "review",
      "documentation", "training", "conversion", "pages?", "store", "shop", "dropshipping", "extensions?", "modules?", "add-?ons?", "widgets?",
      "enterprise", "online", "pro", "desktop", "cloud", "premium", "functionality", "features?", "services?", "solutions?", "projects?",
    ].join("|") +
    ")$",
  "i",
);
const WORK_PREFIX = /^(?:custom|advanced|basic|expert|professional|set up|setup|install|build|create|fix)\s+(.+)$/i;

/**
 * How marketplaces write a skill they also write plainly, most specific first: "UX & UI Design"
 * -> "UX/UI Design"; "WordPress Plugin" -> "WordPress Plugin Development"; "PayPal" -> "PayPal API"; "Microsoft
 * SharePoint" -> "SharePoint"; "Shopify Templates" -> "Shopify"; "Custom PHP" -> "PHP".
 * Tried only after every exact, alias, plural and version rule failed.
 */
export function marketplaceVariants(name: string): string[] {
  const out: string[] = [];
  const add = (v: string | undefined): void => {
    const t = v?.trim();
    if (t && t.length >= 2 && !out.includes(t) && t !== name) out.push(t);
  };
  if (name.includes("&")) {
    add(name.replace(/\s*&\s*/g, "/"));
    add(name.replace(/\s*&\s*/g, " and "));
  }
  // What a tag names is often the work on it: "Logo" -> "Logo Design", "Device Driver" -> "Device Drivers".
  add(`${name} Development`);
  add(`${name} Design`);
  add(`${name} API`);
  if (/[a-z]$/i.test(name) && !/s$/i.test(name)) add(`${name}s`);
  // "Product Management & Scrum", "Web & Mobile Design": one of the parts.
  if (/[&,]/.test(name)) {
    for (const part of name.split(/\s*[&,]\s*/)) {
      add(part);
      add(`${part} Development`);
    }
  }
  const stems = [name];
  const vendor = VENDOR.exec(name)?.[1];
  if (vendor) (add(vendor), stems.push(vendor));
  for (const stem of stems) {
    const prefixed = WORK_PREFIX.exec(stem)?.[1];
    if (prefixed) add(prefixed);
    const suffixed = WORK_SUFFIX.exec(prefixed ?? stem)?.[1];
    if (suffixed) {
      add(suffixed);
      add(VENDOR.exec(suffixed)?.[1]);
    }
  }
  // A game of some genre ("Puzzle Game", "Slot Games") is game development.
  if (/\s+games?$/i.test(name)) add("Game Development");
  return out;
}

/** Drops a trailing version number: "Angular 12" -> "Angular", "php7" -> "php", "C++11" -> "C++"; undefined when none or when one character would remain ("S3"). */
export function withoutVersion(name: string): string | undefined {
  const m = /^(.*?[\p{L}+#])[\s._-]*v?\d+(?:\.\d+)*(?:\.x)?$/iu.exec(name);
  return m && m[1].trim().length >= 2 ? m[1] : undefined;
}

/** Singular candidates of an English plural written in lowercase: "APIs" -> "API"; "Technologies" -> "Technology", "Technologie". */
export function pluralStems(word: string): string[] {
  if (!/[^s]s$/.test(word) || word.length < 3) return [];
  const stems: string[] = [];
  if (word.endsWith("ies") && word.length > 4) stems.push(`${word.slice(0, -3)}y`);
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) stems.push(word.slice(0, -2));
  stems.push(word.slice(0, -1));
  return stems;
}
