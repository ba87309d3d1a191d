/** Rendering an appendix as the security schedule: templates, prose, markers, outputs, overrides (docs/render.md). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CLAUSES } from '../../server/src/languageService/catalogue/clauses';
import { SENTENCES, type RenderLang } from '../../server/src/languageService/catalogue/sentences';
import type { Clause, ParamDef } from '../../server/src/languageService/catalogue/types';
import { countryName, formatDate, joinList, quantity } from '../../server/src/languageService/render/format';
import {
  buildSchedule,
  checkClauseSentences,
  renderAppendix,
  requiredPaths,
  scheduleBodyHtml,
  scheduleHtmlDocument,
  scheduleMarkdown,
  validateSentenceOverrides,
  type Para,
  type Schedule,
  type ScheduleClause,
} from '../../server/src/languageService/render/index';
import { parseTemplate } from '../../server/src/languageService/render/template';
import { lines, wadiFalcon } from '../support/harness';
import { fullAppendixData } from './renderFixtures';

const plain = (p: Para) => p.map((r) => r.text).join('');

function render(text: string, lang: RenderLang = 'en', name = 't.appendix.yaml'): Schedule {
  const r = renderAppendix(name, text, { lang });
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.schedule;
}

function clauseOf(s: Schedule, id: string): ScheduleClause {
  const c = s.sections.flatMap((x) => x.clauses).find((x) => x.id === id);
  assert.ok(c, id);
  return c;
}

function getIn(o: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((cur, k) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined), o);
}

describe('template syntax', () => {
  it('parses values, modifiers, conditions and comparisons', () => {
    const r = parseTemplate('within {initial_notice_hours}{channels?, by {channels:or}|}{x=indefinite?A|B}.');
    assert.ok(r.ok);
    assert.deepEqual(
      r.nodes.map((n) => n.kind),
      ['text', 'value', 'cond', 'cond', 'text'],
    );
  });
  for (const [src, message, at] of [
    ['a {b', 'a `{` is not closed', 2],
    ['a } b', 'a `}` has no matching `{`', 2],
    ['{b:xx}', '`:xx` is not a modifier (use `:or` or `:n`)', 0],
    ['{b=1}', '`{b=1}` compares a value but has no `?` branch', 0],
    ['{b?x|y|z}', 'a condition has more than one `|`', 6],
    ['{b c}', '`b c` is not a parameter name', 0],
    ['{b?x', 'a condition is not closed with `}`', 0],
  ] as const) {
    it(`reports "${message}" at ${at} for ${JSON.stringify(src)}`, () => {
      assert.deepEqual(parseTemplate(src), { ok: false, message, at });
    });
  }
});

describe('built-in sentence templates', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: every clause has a template that names every parameter, suits its types and has words for its values`, () => {
      for (const clause of CLAUSES) {
        const cs = SENTENCES[lang].clauses[clause.id];
        assert.ok(cs, `${lang} ${clause.id}`);
        assert.deepEqual(checkClauseSentences(clause, cs, `/${clause.id}`), [], `${lang} ${clause.id}`);
      }
      assert.deepEqual(Object.keys(SENTENCES[lang].clauses).sort(), CLAUSES.map((c) => c.id).sort());
    });
    it(`${lang}: every service-level row names a duration parameter`, () => {
      for (const row of SENTENCES[lang].sla) {
        const p = CLAUSES.find((c) => c.id === row.clause)?.params.find((q) => q.key === row.param);
        assert.ok(p && p.type.kind === 'int' && p.type.unit !== 'count', `${row.clause}.${row.param}`);
      }
    });
  }
  it('the Arabic templates are Arabic (every sentence has Arabic letters)', () => {
    for (const cs of Object.values(SENTENCES.ar.clauses)) {
      for (const s of cs.sentences) if (!/^\{[a-z_.]+\}$/.test(s)) assert.match(s, /[\u0600-\u06FF]/, s);
      for (const words of Object.values(cs.values ?? {})) for (const w of Object.values(words)) if (!/^[\d.]+$|^(Syslog|CEF|LEEF)$/.test(w)) assert.match(w, /[\u0600-\u06FF]/, w);
    }
  });
});

/** What a value of `def` must look like in the prose (`undefined`: a boolean, checked by flipping it). */
function expectedWords(clause: Clause, path: string, def: ParamDef, v: unknown, lang: RenderLang): string[] | undefined {
  const t = def.type;
  const words = SENTENCES[lang].clauses[clause.id].values?.[path] ?? {};
  switch (t.kind) {
    case 'int':
    case 'int-or-indefinite':
      return [quantity(v as number, t.unit, lang)];
    case 'bool':
      return undefined;
    case 'string':
      return [String(v)];
    case 'date':
      return [formatDate(v as string, SENTENCES[lang].frame.months, lang)];
    case 'country':
      return [countryName(v as string, lang)];
    case 'enum':
      return [words[String(v)]];
    case 'list':
      return (v as unknown[]).map((x) => (t.item.kind === 'enum' ? words[String(x)] : t.item.kind === 'country' ? countryName(String(x), lang) : String(x)));
    case 'object':
      return [];
    case 'object-list':
      return (v as Record<string, unknown>[]).flatMap((item) => t.params.map((q) => (q.type.kind === 'country' ? countryName(String(item[q.key]), lang) : String(item[q.key]))));
  }
}

function leafParams(params: readonly ParamDef[], prefix = ''): { path: string; def: ParamDef }[] {
  return params.flatMap((p) => (p.type.kind === 'object' ? leafParams(p.type.params, `${prefix}${p.key}.`) : [{ path: prefix + p.key, def: p }]));
}

describe('every term is said: each value of a full appendix appears in its clause', () => {
  const data = fullAppendixData();
  for (const lang of ['en', 'ar'] as const) {
    const schedule = buildSchedule(data, { lang });
    for (const clause of CLAUSES) {
      it(`${lang} ${clause.number} ${clause.id}`, () => {
        const c = clauseOf(schedule, clause.id);
        assert.equal(c.status, 'present');
        const text = plain(c.body) + ' ' + plain(c.refs);
        const obj = getIn(data, clause.path) as Record<string, unknown>;
        for (const { path, def } of leafParams(clause.params)) {
          const v = getIn(obj, path.split('.'));
          const expected = expectedWords(clause, path, def, v, lang);
          if (expected === undefined) {
            // A boolean: the clause must read differently when it flips.
            const flipped = structuredClone(data);
            const target = getIn(flipped, [...clause.path, ...path.split('.').slice(0, -1)]) as Record<string, unknown>;
            target[path.split('.').pop()!] = !v;
            const other = clauseOf(buildSchedule(flipped, { lang }), clause.id);
            assert.notEqual(plain(other.body), plain(c.body), `${clause.id}.${path} true and false read the same`);
            continue;
          }
          for (const w of expected) {
            assert.ok(w, `${lang} ${clause.id}.${path}: no words for ${JSON.stringify(v)}`);
            assert.ok(text.includes(w), `${lang} ${clause.id}.${path}: "${w}" not in: ${text}`);
          }
        }
      });
    }
    it(`${lang}: \`indefinite\` confidentiality reads as having no time limit`, () => {
      const d = structuredClone(data);
      (getIn(d, ['data', 'confidentiality']) as Record<string, unknown>).survives_termination_years = 'indefinite';
      const body = plain(clauseOf(buildSchedule(d, { lang }), 'data.confidentiality').body);
      assert.ok(body.includes(lang === 'en' ? 'survives the end of the Contract without limit of time' : 'ساريًا بعد انتهاء العقد دون حد زمني'), body);
    });
  }
});

describe('the wadi-falcon schedule', () => {
  const en = render(wadiFalcon(), 'en');
  const ar = render(wadiFalcon(), 'ar');
  it('numbers the clauses in the eight groups of the catalogue', () => {
    assert.deepEqual(
      en.sections.map((s) => `${s.number} ${s.title} ${s.clauses.length}`),
      ['1 Scope 1', '2 Risk and compliance 5', '3 Access control 4', '4 Data protection 6', '5 Security operations 8', '6 Incident management 4', '7 Assurance and review 4', '8 Exit 3'],
    );
    assert.equal(clauseOf(en, 'incident.notification').number, '6.1');
  });
  it('states the incident notice with its numbers and units (en)', () => {
    assert.equal(
      plain(clauseOf(en, 'incident.notification').body),
      "The Provider shall notify the Customer of any Security Incident affecting the Customer, whether suspected or confirmed, within 24 hours of its detection, by telephone, email or the agreed ticketing system. This duty covers Security Incidents at the Provider's subcontractors. The Provider shall deliver a detailed incident report within 72 hours of detection and a final report within 30 days of detection.",
    );
    assert.equal(plain(clauseOf(en, 'incident.notification').refs), '[Sched. 7 s.10.1 · ECC 4-1-2-2, 2-13-3]');
  });
  it('states the incident notice in Arabic, with ids left-to-right', () => {
    assert.equal(
      plain(clauseOf(ar, 'incident.notification').body),
      'يلتزم مقدم الخدمة بإخطار الجهة بأي حادثة أمن سيبراني تمسّ الجهة، سواء أكانت مشتبهًا بها أم مؤكدة، خلال مدة لا تتجاوز 24 ساعة من اكتشافها، عن طريق الهاتف، أو البريد الإلكتروني، أو نظام التذاكر المتفق عليه. يشمل هذا الالتزام الحوادث التي تقع لدى المقاولين من الباطن لمقدم الخدمة. يسلّم مقدم الخدمة الجهةَ تقريرًا مفصلًا عن الحادثة خلال مدة لا تتجاوز 72 ساعة من اكتشافها، وتقريرًا نهائيًا خلال مدة لا تتجاوز 30 يومًا من اكتشافها.',
    );
    assert.deepEqual(clauseOf(ar, 'incident.notification').refs, [{ text: '[Sched. 7 s.10.1 · ECC 4-1-2-2, 2-13-3]', dir: 'ltr' }]);
    const tls = clauseOf(ar, 'data.encryption').body.filter((r) => r.dir === 'ltr').map((r) => r.text);
    assert.deepEqual(tls, ['NCS-1:2020', 'TLS']);
  });
  it('marks a missing parameter where its value would stand', () => {
    const without = render(wadiFalcon().replace('    initial_notice_hours: 24\n', ''), 'en');
    assert.ok(plain(clauseOf(without, 'incident.notification').body).includes('[missing: initial_notice_hours]'));
  });
  it('does not mark a term that only a profile or scope condition requires (CSCC Saudi provider, no critical systems)', () => {
    assert.ok(plain(clauseOf(en, 'personnel.screening_and_undertakings').body).endsWith('at least once every 12 months.'));
  });
  it('cites the exception in its clause and lists it in Annex A', () => {
    assert.ok(plain(clauseOf(en, 'vuln.remediation_sla').body).endsWith('This clause is subject to exception EXC-2025-003 in Annex A.'));
    assert.equal(en.annex?.items.length, 1);
    assert.equal(
      plain(en.annex!.items[0].body),
      'Clause 5.4 (Remediation of vulnerabilities). Deviation: critical_days 14 instead of 7 for OT-adjacent servers. Compensating controls: network isolation, virtual patching at IPS. Risk reference: RISK-0412. Approved by Head of Cybersecurity on 20 February 2025; valid until 31 December 2025.',
    );
  });
  it('restates the time limits in the service-level table with their clause numbers', () => {
    assert.deepEqual(
      en.sla.rows.slice(0, 3).map((r) => `${r.label} | ${plain(r.value)} | ${r.clause}`),
      ['Initial notice of a Security Incident, from detection | 24 hours | 6.1', 'Detailed incident report, from detection | 72 hours | 6.1', 'Final incident report, from detection | 30 days | 6.1'],
    );
    assert.equal(plain(ar.sla.rows[0].value), '24 ساعة');
  });
  it('opens with the parties and the header facts', () => {
    assert.equal(
      plain(en.intro[0]),
      'This Schedule forms part of contract MSA-2025-017 (the “Contract”) between Example Public Authority, a government entity (the “Customer”) and Wadi Falcon Managed IT Services Co., of Saudi Arabia (the “Provider”), and sets out the cybersecurity obligations that apply to the services described in clause 1.1 (the “Services”).',
    );
    assert.equal(plain(en.meta), 'Appendix APX-2025-017 · version 1.2 · signed on 2 March 2025 · effective from 1 April 2025 · term 36 months · last reviewed on 2 March 2025');
    assert.equal(plain(ar.meta), 'الملحق APX-2025-017 · الإصدار 1.2 · تاريخ التوقيع 2 مارس 2025م · تاريخ السريان 1 أبريل 2025م · مدة العقد 36 شهرًا · تاريخ آخر مراجعة 2 مارس 2025م');
  });
});

describe('missing and not-applicable clauses are marked, never skipped', () => {
  const text = lines(
    'schema: ecc-appendix/v1',
    'scope:',
    '  engagement_types: [managed_services]',
    '  services: [hosting]',
    '  critical_systems: false',
    '  personal_data: false',
    '  cloud_or_hosting: false',
    'incident:',
    '  notification:',
    '    initial_notice_hours: 24',
  );
  it('a missing clause gets "[missing: <title>]" in its slot', () => {
    const s = render(text);
    assert.deepEqual(clauseOf(s, 'exit.secure_deletion').body, [{ text: '[missing: secure deletion]', marker: true }]);
    assert.equal(clauseOf(s, 'exit.secure_deletion').status, 'missing');
    assert.ok(scheduleMarkdown(s).includes('### 6.2 Incident roles and communications \\[ECC 4-1-2-2, 2-13-3-3, 2-13-3-4\\]\n\n**[missing: incident roles and communications]**'));
    assert.deepEqual(clauseOf(render(text, 'ar'), 'exit.secure_deletion').body, [{ text: '[ناقص: الإتلاف الآمن]', marker: true }]);
  });
  it('a clause whose condition fails says why it is not applicable', () => {
    assert.deepEqual(clauseOf(render(text), 'soc.msoc_license').body, [
      { text: '[not applicable: required only where the Services include managed security services]', marker: true },
    ]);
  });
  it('without a scope, applicability is unknown and the clause is marked missing', () => {
    const s = render(lines('schema: ecc-appendix/v1', 'appendix: {id: X}'));
    assert.equal(clauseOf(s, 'soc.msoc_license').status, 'missing');
  });
  it('a missing required parameter is marked in place; an absent optional one drops its sentence', () => {
    assert.equal(
      plain(clauseOf(render(text), 'incident.notification').body),
      'The Provider shall notify the Customer of any Security Incident affecting the Customer [missing: includes_suspected] within 24 hours of its detection. [missing: includes_subcontractors] The Provider shall deliver a detailed incident report within [missing: detailed_report_hours] of detection and a final report within [missing: final_report_days] of detection.',
    );
  });
  it('a value of the wrong type is marked invalid, not guessed', () => {
    const s = render(lines('schema: ecc-appendix/v1', 'incident:', '  notification:', '    initial_notice_hours: "24h"', '    includes_suspected: "yes"'));
    const body = plain(clauseOf(s, 'incident.notification').body);
    assert.ok(body.startsWith('The Provider shall notify the Customer of any Security Incident affecting the Customer [invalid: includes_suspected] within [invalid: initial_notice_hours] of its detection.'), body);
  });
});

describe('value words', () => {
  it('Arabic counted nouns follow the number', () => {
    const cases: [number, string][] = [
      [1, 'ساعة واحدة'],
      [2, 'ساعتين'],
      [3, '3 ساعات'],
      [10, '10 ساعات'],
      [11, '11 ساعة'],
      [24, '24 ساعة'],
      [100, '100 ساعة'],
      [103, '103 ساعات'],
    ];
    for (const [n, w] of cases) assert.equal(quantity(n, 'hours', 'ar'), w);
    assert.deepEqual([1, 2, 5, 30, 180, 200].map((n) => quantity(n, 'days', 'ar')), ['يوم واحد', 'يومين', '5 أيام', '30 يومًا', '180 يومًا', '200 يوم']);
    assert.deepEqual([1, 3, 12].map((n) => quantity(n, 'months', 'ar')), ['شهر واحد', '3 أشهر', '12 شهرًا']);
    assert.deepEqual([1, 2, 4].map((n) => quantity(n, 'count', 'ar')), ['مرة واحدة', 'مرتين', '4 مرات']);
  });
  it('English units and counts', () => {
    assert.deepEqual([quantity(1, 'hours', 'en'), quantity(24, 'hours', 'en'), quantity(1, 'count', 'en'), quantity(2, 'count', 'en'), quantity(3, 'count', 'en')], ['1 hour', '24 hours', 'once', 'twice', '3 times']);
  });
  it('lists join with the language’s conjunction', () => {
    const w = { and: 'and', or: 'or' };
    assert.equal(plain(joinList([[{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]], 'en', w, 'or')), 'a, b or c');
    assert.equal(plain(joinList([[{ text: 'a, x' }], [{ text: 'b' }]], 'en', w, 'and', true)), 'a, x; and b');
    const ar = { and: 'و', or: 'أو' };
    assert.equal(plain(joinList([[{ text: 'الهاتف' }], [{ text: 'البريد' }]], 'ar', ar, 'and')), 'الهاتف والبريد');
    assert.equal(plain(joinList([[{ text: 'أ' }], [{ text: 'CSV', dir: 'ltr' }], [{ text: 'ج' }]], 'ar', ar, 'and')), 'أ، و CSV، وج');
  });
});

describe('outputs', () => {
  const hostile = lines(
    'schema: ecc-appendix/v1',
    'appendix:',
    '  title: "<script>alert(1)</script> *bold* | pipe"',
    '  customer: {name: "A & B <i>"}',
    'scope:',
    '  services: ["x</p><img src=x onerror=alert(1)>", "\u202Eevil"]',
  );
  it('HTML escapes every value and carries no script and nothing external', () => {
    const html = scheduleHtmlDocument(render(hostile));
    assert.ok(!/<script|<img|<i>/i.test(html));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`));
    assert.ok(!html.includes('\u202E'), 'bidi override from the document is removed');
  });
  it('Markdown escapes the syntax characters of values', () => {
    const md = scheduleMarkdown(render(hostile));
    assert.ok(md.startsWith('# \\<script\\>alert(1)\\</script\\> \\*bold\\* \\| pipe\n'));
    assert.ok(md.includes('A & B \\<i\\>'));
  });
  it('Arabic Markdown is wrapped right-to-left and isolates ids', () => {
    const md = scheduleMarkdown(render(wadiFalcon(), 'ar'));
    assert.ok(md.startsWith('<div dir="rtl" lang="ar">\n'));
    assert.ok(md.includes('\u2066\\[Sched. 7 s.10.1 · ECC 4-1-2-2, 2-13-3\\]\u2069'));
  });
  it('the HTML body marks each clause for the preview to scroll to', () => {
    const body = scheduleBodyHtml(render(wadiFalcon()));
    assert.ok(body.includes('<div class="clause present" id="clause-incident.notification" data-clause="incident.notification"><h3><span class="num">6.1</span> Incident notification <span class="refs">'));
    assert.ok(scheduleBodyHtml(render(wadiFalcon().replace('    initial_notice_hours: 24\n', ''))).includes('<mark>[missing: initial_notice_hours]</mark>'));
  });
});

describe('team sentence templates (overrides)', () => {
  const ok = {
    schema: 'ecc-sentences/v1',
    language: 'en',
    clauses: {
      'incident.notification': {
        title: 'Notification of incidents',
        sentences: [
          'The Supplier must tell the Customer about any incident{includes_suspected?, suspected or confirmed,|} within {initial_notice_hours} and report in detail within {detailed_report_hours}, finally within {final_report_days}{channels?, using {channels:or}|}.',
          '{includes_subcontractors?Subcontractor incidents count.|Subcontractor incidents do not count.}',
        ],
        values: { channels: { phone: 'phone' } },
      },
    },
  };
  it('a valid override replaces the wording and keeps every value', () => {
    const { overrides, problems } = validateSentenceOverrides(ok);
    assert.deepEqual(problems, []);
    const r = renderAppendix('w.appendix.yaml', wadiFalcon(), { lang: 'en', overrides: [overrides!] });
    assert.ok(r.ok);
    const c = clauseOf(r.schedule, 'incident.notification');
    assert.equal(c.title, 'Notification of incidents');
    assert.equal(
      plain(c.body),
      'The Supplier must tell the Customer about any incident, suspected or confirmed, within 24 hours and report in detail within 72 hours, finally within 30 days, using phone, email or the agreed ticketing system. Subcontractor incidents count.',
    );
    // An English override leaves the Arabic wording alone.
    const ar = renderAppendix('w.appendix.yaml', wadiFalcon(), { lang: 'ar', overrides: [overrides!] });
    assert.ok(ar.ok && clauseOf(ar.schedule, 'incident.notification').title === 'الإخطار بالحوادث');
  });
  it('an override that leaves a parameter unsaid is refused', () => {
    const bad = structuredClone(ok);
    bad.clauses['incident.notification'].sentences = ['The Supplier must tell the Customer within {initial_notice_hours}.'];
    const { overrides, problems } = validateSentenceOverrides(bad);
    assert.equal(overrides, undefined);
    assert.deepEqual(
      problems.map((p) => `${p.path} ${p.message}`),
      ['detailed_report_hours', 'final_report_days', 'includes_suspected', 'includes_subcontractors', 'channels'].map(
        (k) => `/clauses/incident.notification/sentences The sentences of \`incident.notification\` never state \`${k}\`; every parameter must appear so no agreed term goes unsaid.`,
      ),
    );
  });
  it('names, comparisons, words and keys are checked against the clause', () => {
    const { problems } = validateSentenceOverrides({
      language: 'fr',
      extra: 1,
      clauses: {
        'incident.nope': { sentences: [] },
        'data.segregation': {
          sentences: ['{tenant_isolation=virtual?a|b} {prod_data_in_nonprod} {colour} {tenant_isolation:n}'],
          values: { prod_data_in_nonprod: { sometimes: 'x' }, colour: { red: 'x' } },
          flavour: 'x',
        },
      },
    });
    assert.deepEqual(problems.map((p) => `${p.path} ${p.message}`), [
      '/extra `extra` is not a key of a sentence-template file (keys: `schema`, `language`, `clauses`).',
      '/language `language` must be `en` or `ar`.',
      '/clauses/incident.nope `incident.nope` is not a catalogue clause id.',
      '/clauses/data.segregation/flavour `flavour` is not a key of a clause template (keys: `title`, `sentences`, `values`, `items`).',
      '/clauses/data.segregation/sentences/0 Sentence 1 of `data.segregation` compares `tenant_isolation` with `virtual`, which it can never be; use one of `logical`, `dedicated`.',
      '/clauses/data.segregation/sentences/0 Sentence 1 of `data.segregation` names `colour`, which is not a parameter of that clause.',
      '/clauses/data.segregation/sentences/0 `:n` on `tenant_isolation` needs a number parameter.',
      '/clauses/data.segregation/values/prod_data_in_nonprod/sometimes `sometimes` is not a value of `prod_data_in_nonprod` (values: `prohibited`, `masked_only`, `allowed`).',
      '/clauses/data.segregation/values/colour `values.colour` is not an enum parameter of `data.segregation`; words can only be given for enum values.',
    ]);
  });
  it('a syntax error names the sentence and the character', () => {
    const { problems } = validateSentenceOverrides({ language: 'ar', clauses: { 'access.mfa': { sentences: ['{required_for} {phishing_resistant_privileged?x'] } } });
    assert.deepEqual(problems.map((p) => p.message), ['Sentence 1 of `access.mfa` cannot be read at character 16: a condition is not closed with `}`.']);
  });
  it('requiredPaths lists nested fields and leaves the frame keys to the schedule', () => {
    assert.deepEqual(requiredPaths(CLAUSES.find((c) => c.id === 'data.encryption')!), ['at_rest.required', 'at_rest.standard', 'at_rest.level', 'in_transit.required', 'in_transit.tls_min']);
  });
});

describe('bad input never crashes the renderer', () => {
  it('refuses what it cannot render with a reason', () => {
    assert.deepEqual(renderAppendix('x.appendix.yaml', 'a: [\n'), { ok: false, reason: 'its YAML cannot be read (line 2: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ].)' });
    assert.deepEqual(renderAppendix('x.appendix.yaml', '- 1\n'), { ok: false, reason: 'its top level is not a mapping of keys' });
    assert.equal(renderAppendix('x.yaml', 'a: 1\n').ok, false);
  });
  it('any value anywhere in a clause renders (markers at worst)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())));
    fc.assert(
      fc.property(fc.constantFrom(...CLAUSES), fc.dictionary(fc.constantFrom('ref', 'text', 'centres', 'at_rest', 'triggers', 'initial_notice_hours', 'survives_termination_years', 'required_for', 'policy', 'exception_ref'), value), fc.constantFrom<RenderLang>('en', 'ar'), (clause, obj, lang) => {
        const root: Record<string, unknown> = { schema: 'ecc-appendix/v1', exceptions: [obj, 1, null] };
        if (clause.path.length === 1) root[clause.path[0]] = obj;
        else root[clause.path[0]] = { [clause.path[1]]: obj };
        const s = buildSchedule(root, { lang });
        scheduleMarkdown(s);
        scheduleHtmlDocument(s);
      }),
      { numRuns: 300 },
    );
  });
});
