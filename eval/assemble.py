"""Builds eval/tune.jsonl, eval/test.jsonl and eval/agreement/ from the blind annotators' batches.

Kept for the record of how the set was made; it needs the working files of that session (the pools the sentences were
drawn from and the annotated batches), which are not in the repository. Steps:
  1. every annotated record gets its kind, source, url and licence from its pool;
  2. country codes of states that no longer exist follow CONVENTIONS.md (annotators of the 1987 wire were told ISO's
     withdrawn codes first): USR/SUN -> RUS, YUG -> SRB, ZAR -> COD;
  3. Reuters-21578 may not be bundled: its records keep a text_ref (article, offsets, sha256) instead of their text;
  4. each record goes to the tune or the test half by a hash of its story (an article, a long-form report, a summary
     item), so that no story has sentences in both halves.
"""
import hashlib, json, sys
from pathlib import Path

work = Path(sys.argv[1] if len(sys.argv) > 1 else '/work/evalwork')
out = Path(__file__).resolve().parent
pools = {}
for name in ('reuters', 'wikinews', 'current-events', 'longform'):
    for line in open(work / 'pools' / f'{name}.jsonl'):
        r = json.loads(line)
        pools[r['id']] = r
reuters = {}
for line in open(Path(__file__).resolve().parents[2] / 'shared' / 'corpora' / 'reuters-21578.jsonl'):
    a = json.loads(line)
    reuters[a['id']] = a['text']

RENAMED = {'USR': 'RUS', 'SUN': 'RUS', 'YUG': 'SRB', 'ZAR': 'COD'}
codes = {l.split(',')[0] for l in open(work / 'guide' / 'cameo-codes.csv') if l[:1].isdigit()}

def normalised(events):
    for e in events:
        assert e['cameo'] in codes, e
        for side in ('source', 'target'):
            if isinstance(e.get(side), str):
                e[side] = RENAMED.get(e[side], e[side])
    return events

def record(annotated, pool):
    kind = pool['kind']
    r = {'id': annotated['id'], 'date': annotated['date'], 'kind': kind}
    if kind == 'wire-1987':
        raw = reuters[pool['article_id']][pool['start']:pool['end']]
        assert ' '.join(raw.split()) == annotated['text'], annotated['id']
        r['text_ref'] = {'corpus': 'reuters-21578', 'article': pool['article_id'], 'start': pool['start'], 'end': pool['end'],
                         'sha256': hashlib.sha256(raw.encode('utf-8')).hexdigest()}
        r['source'], r['licence'] = 'Reuters-21578 (read from ../shared, never bundled)', 'Reuters-21578 Distribution 1.0, research use'
    else:
        assert annotated['text'] == pool['text'], annotated['id']
        r['text'] = annotated['text']
        if kind == 'wikinews':
            r['source'], r['url'], r['licence'] = 'Wikinews', 'https://en.wikinews.org/wiki/' + pool['article_id'].removeprefix('wikinews-'), 'CC BY 2.5 (Wikinews contributors)'
        else:
            r['source'], r['url'], r['licence'] = pool['source'], pool['url'], pool['licence']
    r['events'] = normalised(annotated['events'])
    if annotated.get('note'):
        r['note'] = annotated['note']
    return r

def story(pool):
    if pool['kind'] in ('wire-1987', 'wikinews'):
        return pool['article_id']
    if pool['kind'] == 'longform':
        return pool['url']
    return pool['id']

halves = {'tune': [], 'test': []}
for batch in sorted((work / 'annotated').glob('batch-*.jsonl')):
    for line in open(batch):
        a = json.loads(line)
        pool = pools[a['id']]
        half = 'test' if hashlib.sha256(('dyad-eval:' + story(pool)).encode()).digest()[0] % 2 else 'tune'
        halves[half].append(record(a, pool))
for half, rows in halves.items():
    rows.sort(key=lambda r: r['id'])
    with open(out / f'{half}.jsonl', 'w') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

# Agreement: the second coder's sample beside the first coder's records of the same ids.
first = {r['id']: r for rows in halves.values() for r in rows}
(out / 'agreement').mkdir(exist_ok=True)
with open(out / 'agreement' / 'second-coder.jsonl', 'w') as f2, open(out / 'agreement' / 'first-coder.jsonl', 'w') as f1:
    for line in open(work / 'agreement' / 'second-coder.jsonl'):
        a = json.loads(line)
        r = first[a['id']]
        f1.write(json.dumps(r, ensure_ascii=False) + '\n')
        second = {k: v for k, v in r.items() if k not in ('events', 'note')}
        second['events'] = normalised(a['events'])
        if a.get('note'):
            second['note'] = a['note']
        f2.write(json.dumps(second, ensure_ascii=False) + '\n')
for half, rows in halves.items():
    kinds = {}
    for r in rows:
        k = kinds.setdefault(r['kind'], [0, 0, 0])
        k[0] += 1; k[1] += len(r['events']); k[2] += not r['events']
    print(half, len(rows), 'records', sum(len(r['events']) for r in rows), 'events', sum(1 for r in rows if not r['events']), 'empty', kinds)
