// Statements that judge a party (src/stages/events/constructions.ts, judgedInStatement): a saying whose complement
// calls what a named party did a violation, a crime or unacceptable is an accusation (112) or a criticism (111).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeWithBuiltIns } from '../../../test/support/code-text.js';

const roots = (text: string) => codeWithBuiltIns(text).map((e) => [e.cameo.slice(0, 2), e.source, e.target]);

test('"X says that what Y did is a violation of international law" accuses Y (112), here Uruguay through "in Uruguay"', () => {
  const events = codeWithBuiltIns('The United Nations says that the legalization of marijuana in Uruguay is a violation of international law.');
  assert.ok(events.some((e) => e.cameo === '112' && e.source === 'IGOUNO' && e.target === 'URY'), JSON.stringify(events));
});

test('a warning that a party\'s act "is undermining security" criticises that party (111) and threatens no one', () => {
  const events = codeWithBuiltIns("The United States Secretary of Defense Ashton Carter warns that the People's Republic of China's island building in the South China Sea is undermining security in the Asia-Pacific region.");
  assert.ok(events.some((e) => e.cameo === '111' && e.source?.startsWith('USA') && e.target === 'CHN'), JSON.stringify(events));
  assert.ok(!events.some((e) => e.cameo.startsWith('13')), JSON.stringify(events));
});

test('a claim that a party "violated" something accuses that party: Pakistan of Indian aircraft', () => {
  const events = codeWithBuiltIns('The Pakistan Air Force claims Indian fighter aircraft violated Pakistani airspace before being forced to turn back.');
  assert.ok(events.some((e) => e.cameo.startsWith('11') && e.source?.startsWith('PAK') && e.target?.startsWith('IND')), JSON.stringify(events));
});

test('the party named right after the accusing word is the accused: "evidence of war crimes by the Russian military"', () => {
  const events = codeWithBuiltIns('Journalists and Ukrainian forces say that they have uncovered evidence of war crimes by the Russian military.');
  assert.ok(events.some((e) => e.cameo === '112' && e.source?.startsWith('UKR') && e.target?.startsWith('RUS')), JSON.stringify(events));
});

test('a judging adjective before its noun judges no one: "never approve any illegal action", "estimates of illegal wealth"', () => {
  assert.ok(!roots('David Abshire, who is coordinating White House handling of the affair, said Reagan would never approve any illegal action.').some((r) => r[0] === '11'));
  assert.ok(!roots('Diaz said the PCGG based its estimates of illegal wealth on income-tax returns and land titles of Marcos associates.').some((r) => r[0] === '11'));
});

test('a denied violation is no accusation: "believes the 44-year-old executive did not violate insider trading laws"', () => {
  assert.ok(!roots('Freeman, who remains head of its risk arbitrage unit, said it believes the 44-year-old executive did not violate insider trading laws.').some((r) => r[0] === '11'));
});
