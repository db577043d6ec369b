#!/usr/bin/env python3
"""Builds eval/gum/<stem>.json from GUM's own entity annotation.

Reads dep/GUM_news_<doc>.conllu (MISC `Entity=`, CorefUD format, GUM 11) at the pinned commit
from a local git copy of https://github.com/amir-zeldes/gum and writes, for each of the 22
GUM-derived files of eval/corpus/news, GUM's named person/place/organization entities with the
name forms they take in our corpus body. See eval/gum/README.md for the rule.

    python3 eval/gum/build.py /path/to/gum.git          # a bare clone or a .git directory

Nothing else in the project runs this; the JSON files it writes are checked in.
"""
import difflib
import json
import os
import re
import subprocess
import sys
from collections import Counter, OrderedDict
from urllib.parse import unquote

COMMIT = '72ce5ac14978a324c2fd18d49484e65292cbe316'
HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
KEEP_TYPES = ('person', 'place', 'organization')
# Words that introduce the head of a determiner-led name mention and are not part of the name.
LEADING_DROP = {'the', 'a', 'an'}
# A mention starting with one of these (or with a number) describes ("a Republican from Texas",
# "One Rohingya, Muhammad Amin"); it is not a name mention.
DESCRIPTIVE_STARTS = {'a', 'an', 'another', 'one', 'some', 'any', 'each', 'every'}
# Role and title nouns: a mention whose head or last word is one of these ("Director of the ...", "the
# Sheriff", "Ottawa New Democrat MP") names a role, not the entity, even when GUM tags the word NNP; a name
# attached to it ("Undersecretary for Education Mr. Toccafondi") still counts.
ROLE_WORDS = {
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'lord', 'lady',
    'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'judge',
    'justice', 'general', 'colonel', 'captain', 'lieutenant', 'sergeant', 'commander', 'admiral', 'officer',
    'detective', 'inspector', 'chief', 'king', 'queen', 'prince', 'princess', 'sheikh', 'pope', 'bishop',
    'archbishop', 'cardinal', 'coach', 'manager', 'spokesman', 'spokeswoman', 'spokesperson',
    'representative', 'ambassador', 'councillor', 'councilor', 'commissioner', 'director', 'chairman',
    'chairwoman', 'chair', 'ceo', 'leader', 'mp', 'mla', 'legislator', 'lawmaker', 'professor', 'doctor',
    'sheriff', 'deputy', 'founder', 'head', 'member', 'candidate', 'undersecretary', 'man',
    'republican', 'democrat',
}
CONNECTORS = {'of', 'the', 'and', '&', 'for', 'on', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'von', 'van', 'bin', 'al', '-', '.'}
# Inside a person's name only name particles connect ("Matthew Ingram of The Globe and Mail" is two names).
PERSON_CONNECTORS = {'de', 'del', 'da', 'di', 'du', 'la', 'le', 'von', 'van', 'bin', 'al', '-', '.'}


def git_show(git_dir, path):
    return subprocess.run(['git', '--git-dir', git_dir, 'show', f'{COMMIT}:{path}'], check=True, capture_output=True, text=True).stdout


def parse_entity_misc(value):
    """'(2-event-new-sssss-cf2-2-coref(3-...-Hajj)' -> [('open', fields), ('open', fields), ('close', '3')] in order."""
    out = []
    i = 0
    while i < len(value):
        if value[i] == '(':
            j = i + 1
            while j < len(value) and value[j] not in '()':
                j += 1
            body = value[i + 1:j]
            parts = body.split('-')
            eid, etype, infstat, salience, centering, minspan, link = (parts + [''] * 7)[:7]
            identity = '-'.join(parts[7:]) if len(parts) > 7 else ''
            out.append(('open', dict(id=eid, etype=etype, infstat=infstat, minspan=minspan, link=link, identity=unquote(identity))))
            if j < len(value) and value[j] == ')':
                out.append(('close', eid))
                j += 1
            i = j
        else:
            m = re.match(r'(\d+)\)', value[i:])
            if not m:
                raise ValueError(f'cannot parse Entity={value!r} at {i}')
            out.append(('close', m.group(1)))
            i += m.end()
    return out


def read_conllu(text):
    """Sentences with words (id, form, upos, head, deprel, misc) and each word's [start, end) in `# text`."""
    sentences = []
    cur = None
    for line in text.split('\n'):
        if line.startswith('# sent_id'):
            cur = dict(sent_id=line.split('=', 1)[1].strip(), text=None, words=[])
            sentences.append(cur)
        elif line.startswith('# text = '):
            cur['text'] = line[len('# text = '):]
        elif line and not line.startswith('#'):
            cols = line.split('\t')
            if '-' in cols[0] or '.' in cols[0]:
                continue
            cur['words'].append(dict(id=int(cols[0]), form=cols[1], upos=cols[3], xpos=cols[4], head=int(cols[6]), deprel=cols[7], misc=cols[9]))
    for s in sentences:
        at = 0
        for w in s['words']:
            k = s['text'].find(w['form'], at)
            if k < 0:
                raise ValueError(f"{s['sent_id']}: word {w['form']!r} not in text")
            w['start'], w['end'] = k, k + len(w['form'])
            at = w['end']
    return sentences


def mentions_of(sentences):
    """Every mention: sentence index, first and last word index (0-based, inclusive), fields."""
    result = []
    for si, s in enumerate(sentences):
        stack = {}
        for wi, w in enumerate(s['words']):
            m = re.search(r'(?:^|\|)Entity=([^|]*)', w['misc'])
            if not m:
                continue
            for kind, x in parse_entity_misc(m.group(1)):
                if kind == 'open':
                    stack.setdefault(x['id'], []).append((wi, x))
                else:
                    start, fields = stack[x].pop()
                    result.append(dict(sentence=si, first=start, last=wi, **fields))
        leftover = [k for k, v in stack.items() if v]
        if leftover:
            raise ValueError(f"{s['sent_id']}: mentions {leftover} open across a sentence boundary")
    return result


def head_of(sentence, first, last):
    """The word of the span whose syntactic head lies outside it (the first such word)."""
    words = sentence['words']
    for wi in range(first, last + 1):
        h = words[wi]['head']
        if h == 0 or not (first <= h - 1 <= last):
            return wi
    return first


def is_proper(w):
    """A proper-noun word: UPOS PROPN or PTB tag NNP/NNPS (GUM tags "United" in "United States" VERB/NNP), capitalised."""
    return (w['upos'] == 'PROPN' or w['xpos'] in ('NNP', 'NNPS')) and w['form'][:1].isupper()


def is_namey(w):
    """A word that can stand in an organisation's or place's name: proper, or a capitalised adjective/noun/number."""
    return is_proper(w) or (w['form'][:1].isupper() and w['upos'] in ('ADJ', 'NOUN', 'NUM', 'X') and w['form'].lower() not in LEADING_DROP)


def glued(sentence, a, b):
    """Words a and b (a + 1 == b) are written together and one of them is a hyphen: "Kim Jong-un", "Wright-Patterson"."""
    words = sentence['words']
    return words[a]['end'] == words[b]['start'] and (words[a]['form'] in ('-', '–') or words[b]['form'] in ('-', '–'))


def run_around(sentence, first, last, anchor, member, connectors):
    """The longest stretch of the span around `anchor` made of `member` words, with connector words and
    hyphen-glued pieces inside it (never at its ends)."""
    words = sentence['words']
    ok = lambda wi: member(wi) or words[wi]['form'].lower() in connectors
    lo = anchor
    while lo - 1 >= first and (ok(lo - 1) or glued(sentence, lo - 1, lo)):
        lo -= 1
    hi = anchor
    while hi + 1 <= last and (ok(hi + 1) or glued(sentence, hi, hi + 1)):
        hi += 1
    end_ok = lambda wi: member(wi) or (wi > 0 and glued(sentence, wi - 1, wi) and words[wi]['form'] not in ('-', '–'))
    while lo < anchor and not member(lo):
        lo += 1
    while hi > anchor and not end_ok(hi):
        hi -= 1
    return lo, hi


def reachable(sentence, first, last, root, relations):
    """Words of the span reached from `root` by dependency edges whose relation starts with one of `relations`."""
    words = sentence['words']
    seen = {root}
    frontier = [root]
    while frontier:
        x = frontier.pop()
        for wi in range(first, last + 1):
            if wi not in seen and words[wi]['head'] == x + 1 and words[wi]['deprel'].split(':')[0] in relations:
                seen.add(wi)
                frontier.append(wi)
    return seen


def span_text(sentence, lo, hi):
    return sentence['text'][sentence['words'][lo]['start']:sentence['words'][hi]['end']]


def similar(word, title):
    """The word is in the Wikipedia title, spelling aside: "al-Ikhbariya" ~ "Al Ekhbariya" (a shared run of 4+ letters)."""
    a = re.sub(r'[^a-z0-9]', '', word.lower())
    b = re.sub(r'[^a-z0-9]', '', title.lower())
    if not a or not b:
        return False
    match = difflib.SequenceMatcher(None, a, b).find_longest_match(0, len(a), 0, len(b))
    return match.size >= min(4, len(a))


def trim_to_title(sentence, lo, hi, identity):
    """Cut a name stretch that runs on past the entity's Wikipedia title into a connector-led tail:
    "University of Sheffield of the UK" -> "University of Sheffield" (University_of_Sheffield)."""
    if not identity:
        return lo, hi
    words = sentence['words']
    title = re.sub(r'\s*\([^)]*\)$', '', identity.replace('_', ' '))
    text = span_text(sentence, lo, hi)
    at = text.find(title)
    if at < 0:
        return lo, hi
    end = sentence['words'][lo]['start'] + at + len(title)
    cut = next((wi for wi in range(lo, hi + 1) if words[wi]['end'] == end), None)
    if cut is None or cut == hi or words[cut + 1]['form'].lower() not in CONNECTORS:
        return lo, hi
    return lo, cut


def name_spans(sentence, m, etype, blocked):
    """The name forms of one mention as (lo, hi) word ranges, best first; [] when it is not a name mention.

    blocked: word indexes inside nested mentions of other entities (their names are not this one's).
    """
    words = sentence['words']
    first, last = m['first'], m['last']
    head = head_of(sentence, first, last)
    hw = words[head]
    if words[first]['form'].lower() in DESCRIPTIVE_STARTS or words[first]['upos'] == 'NUM':
        return []  # "a Republican from Texas", "One Rohingya, Muhammad Amin": a description, not a name
    tail = last
    while tail > first and (words[tail]['upos'] in ('PUNCT', 'PART') or words[tail]['form'] in ("'s", "'", "’s")):
        tail -= 1
    if words[tail]['form'].lower() in ROLE_WORDS:
        return []  # head-final role phrases: "the State Department Spokesperson", "the LA Sheriff's"
    if is_proper(hw) and hw['form'].lower() not in ROLE_WORDS:
        if etype != 'person':
            # Organisations and places: the capitalised stretch around the head, nested names included
            # ("Medical Journal of Australia", "University of Texas Arlington").
            return [trim_to_title(sentence, *run_around(sentence, first, last, head, lambda wi: is_namey(words[wi]), CONNECTORS), m['identity'])]
        full_set = reachable(sentence, first, last, head, ('flat', 'compound')) - blocked
        bare_set = reachable(sentence, first, last, head, ('flat',)) - blocked
        anchor = head
    else:
        # A common-noun or role head with the name attached to it: "actor Jason Beghe" (flat), "English captain
        # Harry Kane" (appos), "Undersecretary for Education Mr. Toccafondi" (appos), "the Yonhap news agency"
        # (compound; organisations and places only), or a name that is a second root of the span ("veteran
        # politician Raymond Wong of ...", both appositions of one word outside it).
        relations = ('flat', 'appos') if etype == 'person' else ('flat', 'appos', 'compound')
        title = m['identity'].replace('_', ' ').lower()
        if etype != 'person':
            blocked = set()  # names nested in an organisation's or place's name are part of it
        outside = lambda wi: not (first <= words[wi]['head'] - 1 <= last)
        attached = [wi for wi in range(first, last + 1) if wi not in blocked and is_proper(words[wi])
                    and ((words[wi]['head'] == head + 1 and words[wi]['deprel'].split(':')[0] in relations) or (wi != head and outside(wi)))
                    and words[wi]['form'].lower() not in ROLE_WORDS
                    # a compound is this entity's name only when its Wikipedia title says so: "the Yonhap news
                    # agency" (Yonhap_News_Agency), not "the US team" (Cloud9)
                    and (words[wi]['deprel'] != 'compound' or similar(words[wi]['form'], title))]
        if not attached:
            return []
        anchor = attached[0]
        if etype != 'person':
            return [run_around(sentence, first, last, anchor, lambda wi: wi not in blocked and is_namey(words[wi]), CONNECTORS)]
        full_set, bare_set = set(), set()
        for a in attached:
            full_set |= reachable(sentence, first, last, a, ('flat', 'compound')) - blocked
            bare_set |= reachable(sentence, first, last, a, ('flat',)) - blocked
    proper = lambda wi: is_proper(words[wi]) or words[wi]['upos'] == 'PROPN'
    full = run_around(sentence, first, last, anchor, lambda wi: wi in full_set and proper(wi), PERSON_CONNECTORS)
    short = run_around(sentence, first, last, anchor, lambda wi: wi in bare_set and proper(wi), PERSON_CONNECTORS)
    return [full, short]


def find_in_body(form, body):
    """The form as the body writes it (the corpus re-joined a few GUM split tokens), or None."""
    if form in body:
        return form
    pattern = re.escape(form)
    pattern = pattern.replace(r'\ \-\ ', r'\s?-\s?').replace(r'\ \$\ ', r'\s?\$').replace(r'\$\ ', r'\$\s?').replace(r'\ –\ ', r'\s?–\s?')
    m = re.search(pattern, body)
    return m.group(0) if m else None


def corpus_body(file):
    raw = open(os.path.join(EVAL, 'corpus', file), encoding='utf8').read()
    return raw[raw.index('\n\n') + 2:].rstrip('\n')


def sentence_in_body(s, body):
    squash = lambda t: re.sub(r'\s+', '', t)
    return squash(s['text']) in squash(body)


def build(git_dir, file, doc):
    path = f'dep/{doc}.conllu'
    sentences = read_conllu(git_show(git_dir, path))
    body = corpus_body(file)
    in_body = [sentence_in_body(s, body) for s in sentences]
    mentions = mentions_of(sentences)
    chains = OrderedDict()
    for m in mentions:
        chains.setdefault(m['id'], []).append(m)
    identity_of = {eid: next((m['identity'] for m in ms if m['identity']), '') for eid, ms in chains.items()}
    etype_of = {eid: Counter(m['etype'] for m in ms).most_common(1)[0][0] for eid, ms in chains.items()}

    # Name-internal mentions: GUM marks "Immigrants" inside "Joint Council for the Welfare of Immigrants", "Fan"
    # inside "Fan Expo" and "World" inside "World Cup" as mentions of their own. A mention that lies inside the
    # proper-noun stretch around the head of a larger mention (of anything but a person) is part of that name,
    # not a name itself, as eval/ANNOTATION.md has it ("the Japan Meteorological Agency" is one entity).
    def raw_core(m):
        s = sentences[m['sentence']]
        h = head_of(s, m['first'], m['last'])
        if etype_of[m['id']] == 'person':
            return None  # a person's name and title are not a name that contains others ("U.S. President Barack Obama")
        if not is_proper(s['words'][h]):
            # a name on a common-noun head: "the Kowloon West geographical constituency" holds "Kowloon"
            spans = name_spans(s, m, etype_of[m['id']], set())
            return spans[0] if spans else None
        core = run_around(s, m['first'], m['last'], h, lambda wi: is_namey(s['words'][wi]), CONNECTORS)
        return trim_to_title(s, *core, identity_of[m['id']])
    cores = [(m, raw_core(m)) for m in mentions]
    def name_internal(m):
        for o, core in cores:
            if core is None or o is m or o['sentence'] != m['sentence'] or o['id'] == m['id'] or coordination(o):
                continue
            oh = head_of(sentences[o['sentence']], o['first'], o['last'])
            if core[0] <= m['first'] and m['last'] <= core[1] and not (m['first'] <= oh <= m['last']):
                return True
        return False

    def coordination(m):
        if identity_of[m['id']]:
            return False  # "The Globe and Mail"
        s = sentences[m['sentence']]
        h = head_of(s, m['first'], m['last'])
        words = s['words']
        inside = range(m['first'], m['last'] + 1)
        # a conjunct of the head, or of a modifier of the head ("the State and Homeland Security Departments")
        near = {h} | {wi for wi in inside if words[wi]['head'] == h + 1 and words[wi]['deprel'].split(':')[0] in ('compound', 'amod', 'flat')}
        return any(words[wi]['deprel'] == 'conj' and words[wi]['head'] - 1 in near for wi in inside)

    groups = []  # [etype, [chain ids], forms, identity]
    excluded = []
    for eid, ms in chains.items():
        etype = etype_of[eid]
        if etype not in KEEP_TYPES:
            continue
        identity = identity_of[eid]
        forms = []
        for m in sorted(ms, key=lambda m: (m['sentence'], m['first'])):
            if not in_body[m['sentence']] or name_internal(m) or coordination(m):
                continue
            s = sentences[m['sentence']]
            blocked = set()
            for o in mentions:
                if o['sentence'] == m['sentence'] and o['id'] != m['id'] and m['first'] <= o['first'] and o['last'] <= m['last'] and (o['first'], o['last']) != (m['first'], m['last']):
                    blocked |= set(range(o['first'], o['last'] + 1))
            spans = name_spans(s, m, etype, blocked)
            candidates = [span_text(s, lo, hi) for lo, hi in spans]
            if spans and identity:
                title = re.sub(r'\s*\([^)]*\)$', '', identity.replace('_', ' '))
                if title in span_text(s, m['first'], m['last']):
                    if ', ' in title:
                        # "Clearwater, Florida" (Clearwater,_Florida): the place is the part before the comma;
                        # GUM's parse may make the state the head, so the head's stretch is not its name
                        candidates = [title, title.split(', ')[0]]
                    else:
                        candidates.append(title)
            for c in candidates:
                c = re.sub(r"(?:'s|’s|')$", '', c).strip()
                if not c or not any(ch.isupper() for ch in c):
                    continue
                found = find_in_body(c, body)
                if found is None:
                    raise ValueError(f'{doc}: form {c!r} not in body of {file}')
                if found not in forms:
                    forms.append(found)
        if not forms:
            body_mentions = [m for m in ms if in_body[m['sentence']]]
            if identity or any(is_proper(sentences[m['sentence']]['words'][head_of(sentences[m['sentence']], m['first'], m['last'])]) for m in ms):
                excluded.append(OrderedDict(
                    gumEntity=int(eid), gumType=etype, wikipedia=identity or None,
                    why='no name mention in the body' if body_mentions else 'mentioned only in the headline, dateline, a caption or a removed box',
                    mentions=sorted({span_text(sentences[m['sentence']], m['first'], m['last']) for m in ms})[:6]))
            continue
        # GUM sometimes leaves two mentions of one name in separate chains (two "Ben Chan" chains in
        # GUM_news_election): chains of one type that share a name form are one entity here.
        keys = {normalise(f) for f in forms}
        into = next((g for g in groups if g[0] == etype and keys & {normalise(f) for f in g[2]}), None)
        if into:
            into[1].append(int(eid))
            into[2].extend(f for f in forms if f not in into[2])
            into[3] = into[3] or identity
        else:
            groups.append([etype, [int(eid)], forms, identity])
    entities = []
    for etype, ids, forms, identity in groups:
        name = max(forms, key=lambda f: (len(f.split()), len(f)))
        entry = OrderedDict(name=name, gumType=etype, forms=forms)
        if identity:
            entry['wikipedia'] = identity
        entry['gumEntities'] = ids
        entities.append(entry)
    return OrderedDict(
        file=file,
        gumDocument=doc,
        source=f'amir-zeldes/gum @ {COMMIT}, {path}',
        entities=entities,
        notIncluded=excluded,
    )


def normalise(name):
    """As eval/score.ts normaliseName."""
    n = re.sub(r'\s+', ' ', re.sub(r"[’‘`]", "'", name.lower())).strip()
    n = re.sub(r'^the ', '', n)
    return re.sub(r"'s?$", '', n).strip()


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('GUM_GIT_DIR', '')
    index = json.load(open(os.path.join(EVAL, 'corpus', 'index.json'), encoding='utf8'))
    n = 0
    for item in index:
        if item.get('provenance') != 'GUM':
            continue
        doc = re.search(r'dep/(GUM_news_\w+)\.conllu', item['origin']).group(1)
        out = build(git_dir, item['file'], doc)
        stem = os.path.basename(item['file'])[:-4]
        with open(os.path.join(HERE, stem + '.json'), 'w', encoding='utf8') as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
            f.write('\n')
        n += 1
        print(f"{stem}: {len(out['entities'])} entities, {len(out['notIncluded'])} not included")
    print(f'{n} files')


if __name__ == '__main__':
    main()
