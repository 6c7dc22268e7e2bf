// `dyad actors lookup` answers for office holders on a date, across regions: 2026 and earlier terms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../dictionaries/knowledge.js';
import { lookupActor } from './actors.js';

const knowledge = loadKnowledge();

// [phrase, date, expected code prefix]: heads of state and government, ministers, IGO heads and armed groups.
const CASES: Array<[string, string, string]> = [
  // 2026 office holders
  ['Recep Tayyip Erdogan', '2026-06-01', 'TURGOV'],
  ['Hakan Fidan', '2026-06-01', 'TURGOV'],
  ['Vladimir Putin', '2026-06-01', 'RUSGOV'],
  ['Sergei Lavrov', '2026-06-01', 'RUSGOV'],
  ['Xi Jinping', '2026-06-01', 'CHNGOV'],
  ['Wang Yi', '2026-06-01', 'CHNGOV'],
  ['Narendra Modi', '2026-06-01', 'INDGOV'],
  ['Subrahmanyam Jaishankar', '2026-06-01', 'INDGOV'],
  ['Keir Starmer', '2026-06-01', 'GBRGOV'],
  ['Emmanuel Macron', '2026-06-01', 'FRAGOV'],
  ['Friedrich Merz', '2026-06-01', 'DEUGOV'],
  ['Giorgia Meloni', '2026-06-01', 'ITAGOV'],
  ['Pedro Sanchez', '2026-06-01', 'ESPGOV'],
  ['Donald Tusk', '2026-06-01', 'POLGOV'],
  ['Volodymyr Zelensky', '2026-06-01', 'UKRGOV'],
  ['Donald Trump', '2026-06-01', 'USAGOV'],
  ['Marco Rubio', '2026-06-01', 'USAGOV'],
  ['Pete Hegseth', '2026-06-01', 'USAGOV'],
  ['Mark Carney', '2026-06-01', 'CANGOV'],
  ['Claudia Sheinbaum', '2026-06-01', 'MEXGOV'],
  ['Luiz Inacio Lula da Silva', '2026-06-01', 'BRAGOV'],
  ['Javier Milei', '2026-06-01', 'ARGGOV'],
  ['Gustavo Petro', '2026-06-01', 'COLGOV'],
  ['Bola Tinubu', '2026-06-01', 'NGAGOV'],
  ['Cyril Ramaphosa', '2026-06-01', 'ZAFGOV'],
  ['William Ruto', '2026-06-01', 'KENGOV'],
  ['Abiy Ahmed', '2026-06-01', 'ETHGOV'],
  ['Paul Kagame', '2026-06-01', 'RWAGOV'],
  ['Felix Tshisekedi', '2026-06-01', 'CODGOV'],
  ['Abdel Fattah al-Sisi', '2026-06-01', 'EGYGOV'],
  ['Benjamin Netanyahu', '2026-06-01', 'ISRGOV'],
  ['Masoud Pezeshkian', '2026-06-01', 'IRNGOV'],
  ['Abbas Araghchi', '2026-06-01', 'IRNGOV'],
  ['Mohammed bin Salman', '2026-06-01', 'SAUGOV'],
  ['Ahmed al-Sharaa', '2026-06-01', 'SYRGOV'],
  ['Mahmoud Abbas', '2026-06-01', 'PSEGOV'],
  ['Shehbaz Sharif', '2026-06-01', 'PAKGOV'],
  ['Anthony Albanese', '2026-06-01', 'AUSGOV'],
  ['Prabowo Subianto', '2026-06-01', 'IDNGOV'],
  ['Ferdinand Marcos Jr.', '2026-06-01', 'PHLGOV'],
  ['Lee Jae-myung', '2026-06-01', 'KORGOV'],
  ['Kim Jong Un', '2026-06-01', 'PRKGOV'],
  ['Lai Ching-te', '2026-06-01', 'TWNGOV'],
  ['Anwar Ibrahim', '2026-06-01', 'MYSGOV'],
  ['Antonio Guterres', '2026-06-01', 'IGOUNO'],
  ['Mark Rutte', '2026-06-01', 'IGOWSTNAT'],
  ['Ursula von der Leyen', '2026-06-01', 'IGOEUREEC'],
  ['Rafael Grossi', '2026-06-01', 'IGO'],
  ['Tedros Adhanom Ghebreyesus', '2026-06-01', 'IGO'],
  ['Kristalina Georgieva', '2026-06-01', 'IGO'],
  // earlier terms, the same people or their predecessors on their dates
  ['Angela Merkel', '2019-06-01', 'DEUGOV'],
  ['Angela Merkel', '2023-06-01', 'DEUELI'],
  ['Hakan Fidan', '2015-01-01', 'TURSPY'],
  ['Joe Biden', '2022-06-01', 'USAGOV'],
  ['Jens Stoltenberg', '2019-06-01', 'IGOWSTNAT'],
  ['Ban Ki-moon', '2012-06-01', 'IGOUNO'],
  ['Hugo Chavez', '2010-03-01', 'VENGOV'],
  ['Ismail Haniyeh', '2024-04-20', 'PSEREBHMS'],
  ['Abu Mohammad al-Jolani', '2020-06-01', 'SYRREB'],
  ['Jacinda Ardern', '2019-06-01', 'NZLGOV'],
  ['Shinzo Abe', '2018-06-01', 'JPNGOV'],
  ['Moon Jae-in', '2019-06-01', 'KORGOV'],
  ['Nawaz Sharif', '2015-06-01', 'PAKGOV'],
  ['Muhammadu Buhari', '2019-06-01', 'NGAGOV'],
];

for (const [phrase, date, expected] of CASES) {
  test(`actors lookup: "${phrase}" on ${date} → ${expected}`, () => {
    const r = lookupActor(knowledge, phrase, date);
    assert.ok(r.code?.startsWith(expected), `${phrase} on ${date}: got ${r.code} from ${r.entry}`);
    assert.equal(r.known, true);
  });
}

test('actors lookup: an IGO has no country, a state actor its ISO3 code', () => {
  assert.equal(lookupActor(knowledge, 'NATO', '2026-06-01').country, null);
  assert.equal(lookupActor(knowledge, 'Turkish Foreign Minister Hakan Fidan', '2026-06-01').country, 'TUR');
});

test('actors lookup: an unknown name is coded from its context and flagged unknown', () => {
  const r = lookupActor(knowledge, 'Syrian envoy Omar Haddad', '2026-06-01');
  assert.equal(r.code, 'SYRGOV');
  assert.equal(r.name, 'Omar Haddad');
  assert.equal(r.known, false);
});

test('actors unknown lists names the dictionaries lack, most frequent first, with the code their context gave them', async () => {
  const { Writable } = await import('node:stream');
  const { join } = await import('node:path');
  const { fixtureDir } = await import('../../test/support/ingest-fixtures.js');
  const { runActorsUnknown } = await import('./actors.js');
  const dir = fixtureDir({
    'a.jsonl': [
      JSON.stringify({ date: '2026-03-01', text: 'Syrian envoy Omar Haddad met Turkish President Recep Tayyip Erdogan in Ankara. Omar Haddad said talks went well.' }),
      JSON.stringify({ date: '2026-03-02', text: 'Syrian envoy Omar Haddad criticised Israel. Lina Farouk, a lawyer, attended.' }),
    ].join('\n'),
  });
  let text = '';
  const out = new Writable({ write(chunk, _e, done) { text += String(chunk); done(); } });
  const err = new Writable({ write(_c, _e, done) { done(); } });
  await runActorsUnknown([join(dir, 'a.jsonl')], { json: true, min: '1' }, out, err);
  const rows = text.trim().split('\n').map((l) => JSON.parse(l) as { name: string; count: number; codes: string[] });
  assert.equal(rows[0]!.name, 'Omar Haddad');
  assert.equal(rows[0]!.count, 3);
  assert.deepEqual(rows[0]!.codes, ['SYRGOV']);
  assert.ok(!rows.some((r) => r.name.includes('Erdogan')), 'a known name is not listed');
  text = '';
  await runActorsUnknown([join(dir, 'a.jsonl')], { json: true, min: '1', roles: true }, out, err);
  const withRoles = text.trim().split('\n').map((l) => (JSON.parse(l) as { name: string }).name);
  assert.ok(withRoles.includes('Omar Haddad'), '--roles keeps a name that came with a role');
  assert.ok(!withRoles.includes('Lina Farouk'), '--roles leaves out a bare name');
});
