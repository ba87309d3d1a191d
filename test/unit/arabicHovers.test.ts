/**
 * Arabic hovers (i18n/hoverAr.ts) for every clause and every parameter of the catalogue, nested ones included, on the
 * key in a real document: examples/wadi-falcon.appendix.yaml where it states the key, else a small document that
 * states just that key (positions come from the parsed locations, never from hand-written line numbers). Each hover
 * names the clause's controls as isolated ids with ECC-2:2024 and NCA's link; every other key of the examples
 * (sections, header, exceptions, evidence log, team policy, snippet library) has an Arabic hover wherever it has an
 * English one.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-types';
import { AR, hasArabic, unisolatedLatin } from '../../server/src/languageService/catalogue/ar';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import { CONTROLS } from '../../server/src/languageService/catalogue/controls';
import { PROFILES } from '../../server/src/languageService/catalogue/profiles';
import type { Clause, ParamDef } from '../../server/src/languageService/catalogue/types';
import { createLanguageService } from '../../server/src/languageService/index';
import type { Locale } from '../../server/src/languageService/i18n/locale';
import { SCHEMA_DESCRIPTIONS_AR, schemaDescriptionAr } from '../../server/src/languageService/i18n/schemaAr';
import { parseYaml } from '../../server/src/languageService/parse';
import { example, lines, ROOT, wadiFalcon } from '../support/harness';
import { balanced } from '../support/arabic';

const I = (s: string | number) => `\u2066${s}\u2069`;
const service = createLanguageService();
const CONTROL = new Map(CONTROLS.map((c) => [c.id, c]));

/**
 * A document and, for every JSON Pointer with a key, an offset in the middle of that key (where a user points; the
 * first character of a top-level key right after a block mapping currently resolves to that mapping, parse.ts
 * `nodeAtOffset`, which is not what these tests are about).
 */
function located(name: string, text: string): { doc: TextDocument; keys: Map<string, number> } {
  const keys = new Map<string, number>();
  for (const [pointer, loc] of parseYaml(text).locs) if (loc.key) keys.set(pointer, loc.key.start + Math.floor((loc.key.end - loc.key.start) / 2));
  return { doc: TextDocument.create(`file:///w/${name}`, 'yaml', 1, text), keys };
}

function hoverAt(doc: TextDocument, offset: number, locale: Locale): { value: string; range: Hover['range'] } | null {
  const h = service.getHover(doc, doc.positionAt(offset), locale);
  return h ? { value: (h.contents as { value: string }).value, range: h.range } : null;
}

/** Every parameter of a clause with its chain of definitions (`at_rest` then `level`), nested ones included. */
function paramChains(params: readonly ParamDef[], prefix: readonly ParamDef[] = []): ParamDef[][] {
  return params.flatMap((p) => {
    const chain = [...prefix, p];
    return p.type.kind === 'object' || p.type.kind === 'object-list' ? [chain, ...paramChains(p.type.params, chain)] : [chain];
  });
}

/** The pointer pattern of a parameter: list items of an object-list take any index. */
function pointerPattern(c: Clause, chain: readonly ParamDef[]): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = [...c.path.map(esc)];
  chain.forEach((p, i) => {
    parts.push(esc(p.key));
    if (p.type.kind === 'object-list' && i < chain.length - 1) parts.push('\\d+');
  });
  return new RegExp(`^/${parts.join('/')}$`);
}

/** The smallest appendix that states the parameter (a list item for each object-list on the way). */
function synthetic(c: Clause, chain: readonly ParamDef[]): string {
  const out = ['schema: ecc-appendix/v1'];
  let indent = '';
  for (const seg of c.path) {
    out.push(`${indent}${seg}:`);
    indent += '  ';
  }
  let lead = indent;
  chain.forEach((p, i) => {
    const base = ' '.repeat(lead.length);
    if (i === chain.length - 1) out.push(`${lead}${p.key}: x`);
    else if (p.type.kind === 'object-list') {
      out.push(`${lead}${p.key}:`);
      lead = `${base}  - `;
    } else {
      out.push(`${lead}${p.key}:`);
      lead = `${base}  `;
    }
  });
  return lines(...out, '');
}

const WADI = located('wadi-falcon.appendix.yaml', wadiFalcon());

/** The key of a clause or parameter in the example, else in a synthetic document. */
function keyOf(c: Clause, chain: readonly ParamDef[]): { doc: TextDocument; offset: number; synthetic: boolean } {
  const pattern = pointerPattern(c, chain);
  const hit = [...WADI.keys].find(([p]) => pattern.test(p));
  if (hit) return { doc: WADI.doc, offset: hit[1], synthetic: false };
  const s = located('s.appendix.yaml', synthetic(c, chain));
  const own = [...s.keys].find(([p]) => pattern.test(p));
  assert.ok(own, `the synthetic document does not state ${pattern}: ${s.doc.getText()}`);
  return { doc: s.doc, offset: own[1], synthetic: true };
}

/** Markdown links removed, so what is left can be checked for Latin outside isolates. */
const withoutLinks = (md: string) => md.replace(/\]\((https:\/\/[^)\s]+)\)/g, ']');


/** What every Arabic hover of a clause or parameter must say: Arabic, well formed, the controls with version and link. */
function assertArabicHover(ar: string, en: string, controls: readonly string[], where: string): void {
  assert.ok(hasArabic(ar), `${where}: no Arabic: ${ar}`);
  assert.ok(!hasArabic(en), `${where}: the English hover has Arabic`);
  assert.notEqual(ar, en);
  assert.ok(balanced(ar), `${where}: unbalanced isolates`);
  assert.deepEqual(unisolatedLatin(withoutLinks(ar)), [], `${where}: Latin outside an isolate`);
  assert.ok(controls.length > 0, where);
  for (const id of controls) {
    const c = CONTROL.get(id);
    assert.ok(c, `${where}: unknown control ${id}`);
    assert.ok(ar.includes(`- **${I(id)}** ${AR.controls[id].title}: ${AR.controls[id].summary} ([${I(c.version)}](${c.url}))`), `${where}: no line for control ${id}`);
    assert.equal(c.version, 'ECC-2:2024');
    assert.match(c.url, /^https:\/\/nca\.gov\.sa\//);
  }
  assert.ok(ar.endsWith(`\n\n---\n*${AR.versionLabel}. ${AR.paraphraseNote}*`), `${where}: no version footer`);
  assert.ok(AR.versionLabel.includes(I('ECC-2:2024')));
}

describe('Arabic hovers: every clause and every parameter of the catalogue', () => {
  it('every one of the 35 clauses, on its key in the example', () => {
    assert.equal(CLAUSES.length, 35);
    for (const c of CLAUSES) {
      const at = keyOf(c, []);
      assert.equal(at.synthetic, false, `${c.id} is not in the example`);
      const ar = hoverAt(at.doc, at.offset, 'ar');
      const en = hoverAt(at.doc, at.offset, 'en');
      assert.ok(ar && en, `${c.id}: no hover`);
      assert.deepEqual(ar.range, en.range);
      const key = c.path[c.path.length - 1];
      assert.equal(at.doc.getText(ar.range), key, c.id);
      assert.ok(ar.value.startsWith(`**${AR.clauses[c.id].title}** ${I(`\`${c.id}\``)} (البند ${I(c.number)} من ${I(35)})\n\n${AR.clauses[c.id].mustState}\n`), `${c.id}: ${ar.value}`);
      assertArabicHover(ar.value, en.value, c.ecc, c.id);
    }
  });

  const chains = CLAUSES.flatMap((c) => paramChains(c.params).map((chain) => ({ c, chain })));
  it('every parameter, nested ones included, on its key (the example, else a document stating only that key)', () => {
    assert.equal(chains.length, 259);
    let fromExample = 0;
    for (const { c, chain } of chains) {
      const p = chain[chain.length - 1];
      const where = `${c.id} ${chain.map((q) => q.key).join('.')}`;
      const at = keyOf(c, chain);
      if (!at.synthetic) fromExample++;
      const ar = hoverAt(at.doc, at.offset, 'ar');
      const en = hoverAt(at.doc, at.offset, 'en');
      assert.ok(ar && en, `${where}: no hover`);
      assert.equal(at.doc.getText(ar.range), p.key, where);
      assert.deepEqual(ar.range, en.range);
      assert.ok(ar.value.startsWith(`**${I(`\`${p.key}\``)}** في ${I(`\`${c.id}\``)} (`), `${where}: ${ar.value}`);
      const summary = AR.clauses[c.id].params[chain.map((q) => q.key).join('.')];
      assert.ok(ar.value.includes(`\n\n${summary}\n\n`), `${where}: no Arabic summary`);
      // the parameter hover names the clause's first two controls (hover.ts does the same in English)
      assertArabicHover(ar.value, en.value, c.ecc.slice(0, 2), where);
      assert.ok(ar.value.includes(`**البند ${I(c.number)}، ${AR.clauses[c.id].title}:** ${AR.hover.requiredBy}`), where);
    }
    // most come from the example itself; the rest (optional keys it does not state) from synthetic documents
    assert.ok(fromExample >= 150, `only ${fromExample} parameters found in the example`);
  });

  it('the whole Arabic hover of one clause: governance.periodic_review', () => {
    const c = CLAUSES.find((x) => x.id === 'governance.periodic_review')!;
    const at = keyOf(c, []);
    const h = hoverAt(at.doc, at.offset, 'ar')!;
    assert.equal(
      h.value,
      [
        `**المراجعة الدورية للملحق** ${I('`governance.periodic_review`')} (البند ${I(32)} من ${I(35)})`,
        '',
        'أن يراجع الطرفان متطلبات الأمن السيبراني هذه على فترات محددة وعند وقوع المسببات (تغيّر المتطلبات التشريعية والتنظيمية، أو حادثة جسيمة، أو تغيير في الخدمة)، وأن يعدّلا الملحق بناءً على نتائجها.',
        '',
        '**المسوّغ:** متطلب من الهيئة (ينص عليه الضابط صراحةً).',
        `- **${I('4-1-4')}** المراجعة الدورية لمتطلبات الأطراف الخارجية: تُراجع متطلبات الأمن السيبراني المنطبقة على الأطراف الخارجية على فترات منتظمة. ([${I('ECC-2:2024')}](https://nca.gov.sa/en/regulatory-documents/controls-list/ecc/))`,
        '- نصوص أخرى صادرة من الهيئة: نموذج سياسة الأمن السيبراني للأطراف الخارجية الصادر من الهيئة (مراجعة سنوية)',
        '',
        '**عند غياب البند:** تحذير.',
        '',
        '**شروط خط الأساس:**',
        `- ${I('`review_interval_months`')}: بحد أقصى ${I(12)} شهرًا`,
        `- ${I('`triggers`')}: قائمة تتضمن ${I('`regulatory_change`')}`,
        '',
        `**المقابلة مع الأطر الأخرى:** ${I('ISO A.5.22')} · ${I('NIST SA-9')} · ${I('CCM STA-10')} · ${I('SAMA 3.4.1(3)')} · ${I('UAE T6.2.3')}`,
        '',
        '---',
        `*الضوابط الأساسية للأمن السيبراني (${I('ECC-2:2024')})، النص العربي هو الملزم. نصوص الضوابط الواردة هنا صياغتنا الخاصة، وليست نص الهيئة.*`,
      ].join('\n'),
    );
    assert.equal(at.doc.getText(h.range), 'periodic_review');
  });
});

describe('Arabic hovers: every other key of the examples', () => {
  /** The examples, and how many of their keys have a hover at least (schema descriptions, clauses, parameters). */
  const FILES: [string, string, number][] = [
    ['wadi-falcon.appendix.yaml', wadiFalcon(), 250],
    ['wadi-falcon.evidence.yaml', example('examples/wadi-falcon.evidence.yaml'), 100],
    ['.ecc-appendix.yaml', example('examples/team-policy/.ecc-appendix.yaml'), 10],
    ['bank-legal.snippets.yaml', example('examples/team-policy/snippets/bank-legal.snippets.yaml'), 15],
  ];
  for (const [name, text, least] of FILES) {
    it(`${name}: an Arabic hover wherever there is an English one`, () => {
      const { doc, keys } = located(name, text);
      let hovers = 0;
      for (const [pointer, offset] of keys) {
        const en = hoverAt(doc, offset, 'en');
        const ar = hoverAt(doc, offset, 'ar');
        assert.equal(ar === null, en === null, `${name} ${pointer}: a hover in one language only`);
        if (!en || !ar) continue;
        hovers++;
        assert.deepEqual(ar.range, en.range, pointer);
        assert.ok(hasArabic(ar.value), `${name} ${pointer}: not Arabic: ${ar.value}`);
        assert.ok(!hasArabic(en.value), `${name} ${pointer}: the English has Arabic: ${en.value}`);
        assert.ok(balanced(ar.value), `${name} ${pointer}: unbalanced isolates`);
        assert.deepEqual(unisolatedLatin(withoutLinks(ar.value)), [], `${name} ${pointer}: Latin outside an isolate: ${ar.value}`);
      }
      assert.ok(hovers >= least, `${name}: only ${hovers} hovers`);
    });
  }

  it('evidence log keys: the Arabic of the schema description', () => {
    const { doc, keys } = located('e.evidence.yaml', example('examples/wadi-falcon.evidence.yaml'));
    const at = (pointer: string) => hoverAt(doc, keys.get(pointer)!, 'ar')!.value;
    assert.equal(
      at('/evidence_log/appendix'),
      `قيمة ${I('`appendix.id`')} للملحق الذي يُفحص هذا السجل وفق قيمه المتفق عليها (اتفاقيات مستوى الخدمة والفترات)؛ ويجب أن يكون ملف الملحق من الملفات المفحوصة (في المحرر: مساحة العمل؛ وفي سطر الأوامر: مدخلاته أو مجلد السجل وما فوقه).`,
    );
    assert.equal(at('/risk_assessments'), `تقييمات مخاطر الأطراف الخارجية (${I('ECC 4-1-3-1')}).`);
    assert.equal(hoverAt(doc, keys.get('/risk_assessments')!, 'en')!.value, 'Third-party risk assessments (ECC 4-1-3-1).');
  });

  it('a section key lists its clauses, `profile` the profiles, in Arabic', () => {
    const section = hoverAt(WADI.doc, WADI.keys.get('/incident')!, 'ar')!.value;
    const inSection = CLAUSES.filter((c) => c.path[0] === 'incident');
    assert.equal(inSection.length, 4); // "4 بنود": 3 to 10 take the plural
    assert.equal(
      section,
      [
        `**${I('`incident`')}**: ${I(inSection.length)} بنود`,
        '',
        ...inSection.map((c) => `- ${I(`\`${c.path[1]}\``)}: ${AR.clauses[c.id].title} (${I(`ECC ${c.ecc[0]}`)})`),
      ].join('\n'),
    );
    assert.equal(
      hoverAt(WADI.doc, WADI.keys.get('/profile')!, 'ar')!.value,
      [`**${AR.hover.profiles}**`, '', ...PROFILES.map((p) => `- ${I(`\`${p.id}\``)}: ${AR.profiles[p.id].summary}`)].join('\n'),
    );
  });
});

describe('Arabic hovers: the JSON Schema descriptions', () => {
  /** Every description in schemas/*.json with where it is, as `file#/pointer`. */
  const descriptions = new Map<string, string[]>();
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((x, i) => walk(x, `${at}/${i}`));
    else if (node && typeof node === 'object') {
      const d = (node as { description?: unknown }).description;
      if (typeof d === 'string') descriptions.set(d, [...(descriptions.get(d) ?? []), at]);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    }
  };
  const files = readdirSync(path.join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'));
  for (const f of files) walk(JSON.parse(readFileSync(path.join(ROOT, 'schemas', f), 'utf8')), `${f}#`);
  /** Clause sections: their descriptions are the catalogue's clause and parameter texts, whose Arabic is AR.clauses. */
  const sections = new Set(CLAUSES.map((c) => c.path[0]));
  const inClause = (at: string) => {
    const m = /^appendix\.schema\.json#\/properties\/([^/]+)/.exec(at);
    return !!m && sections.has(m[1]);
  };

  it('every description outside the clauses (header, exceptions, evidence log, policy, snippets) has its Arabic', () => {
    assert.deepEqual(files.sort(), ['appendix.schema.json', 'evidence.schema.json', 'policy.schema.json', 'snippets.schema.json']);
    let checked = 0;
    for (const [english, where] of descriptions) {
      if (where.every(inClause)) continue;
      checked++;
      const ar = schemaDescriptionAr(english);
      assert.ok(ar, `no Arabic for "${english}" (${where.join(', ')})`);
      assert.ok(hasArabic(ar), `${where[0]}: ${ar}`);
      assert.ok(balanced(ar), `${where[0]}: unbalanced isolates`);
      assert.deepEqual(unisolatedLatin(ar), [], `${where[0]}: Latin outside an isolate: ${ar}`);
    }
    assert.ok(checked >= 150, `only ${checked} descriptions`);
  });

  it('the Arabic table keys only descriptions that exist', () => {
    assert.deepEqual(Object.keys(SCHEMA_DESCRIPTIONS_AR).filter((english) => !descriptions.has(english)), []);
  });
});
