#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# Fills the German and French .ts files from strings_defr.py. Edits only the <translation>
# elements, in place, so the rest of the file stays as lupdate wrote it. Entries without a
# translation in strings_defr.py stay as they are; the unfinished ones among them are listed.
# Vanished and obsolete entries (strings no longer in the sources) are left alone, so that a
# fill never brings them back. Placeholders (%1, %n, %L1), leading/trailing whitespace and the
# number of accelerators are checked against the source. --check writes nothing and exits 1
# when an entry is left unfinished or a translation has a problem.
#   python3 translations/tools/fill_defr.py [--check]
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from strings_defr import OVERRIDES, STRINGS  # noqa: E402

LANGS = {'de': 1, 'fr': 2}
GONE = re.compile(r'<translation[^>]*type="(?:vanished|obsolete)"')
OPEN = re.compile(r'<translation[^>]*type="unfinished"|<translation\s*/>')
MESSAGE = re.compile(r'(<message( numerus="yes")?>)(.*?)(</message>)', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)
PLACEHOLDER = re.compile(r'%L?\d+|%n')


def esc(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace("'", '&apos;').replace('"', '&quot;'))


def check(src, tr, where):
    problems = []
    if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr)):
        # %n may be left out of a singular form only when the source has no other use for it.
        problems.append('placeholders differ')
    lead = re.match(r'\s*', src).group(0)
    trail = re.search(r'\s*$', src).group(0)
    if not tr.startswith(lead) or not tr.endswith(trail) or (not lead and tr[:1].isspace()) \
            or (not trail and tr[-1:].isspace()):
        problems.append('leading/trailing whitespace differs')
    if src.count('&') - src.count('&&') != tr.count('&') - tr.count('&&') and re.search(r'&\w', src):
        problems.append('accelerator count differs')
    if src.count('\n') != tr.count('\n'):
        problems.append('line count differs')
    return ['%s: %s: %r -> %r' % (where, p, src, tr) for p in problems]


def fill(lang):
    idx = LANGS[lang]
    path = os.path.join(HERE, '..', 'beam-launcher_%s.ts' % lang)
    text = open(path, encoding='utf-8').read()
    table = {row[0]: row[idx] for row in STRINGS}
    missing, problems = [], []

    def do_context(cm):
        ctx = cm.group(1)

        def do_message(mm):
            body = mm.group(3)
            if GONE.search(body):
                return mm.group(0)
            numerus = bool(mm.group(2))
            src = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
            tr = OVERRIDES.get((ctx, src), {}).get(lang, table.get(src))
            if tr is None:
                if OPEN.search(body):
                    missing.append((ctx, src))
                return mm.group(0)
            forms = list(tr) if numerus else [tr]
            if numerus and len(forms) != 2:
                problems.append('%s: needs 2 plural forms: %r' % (ctx, src))
                return mm.group(0)
            for f in forms:
                problems.extend(check(src, f, ctx))
            if numerus:
                indent = re.search(r'\n(\s*)<translation', body).group(1)
                inner = ''.join('\n%s    <numerusform>%s</numerusform>' % (indent, esc(f)) for f in forms)
                new = '<translation>%s\n%s</translation>' % (inner, indent)
            else:
                new = '<translation>%s</translation>' % esc(tr)
            body = re.sub(r'<translation[^>]*?(/>|>.*?</translation>)', lambda _: new, body, count=1, flags=re.S)
            return mm.group(1) + body + mm.group(4)

        return cm.group(0)[:cm.start(2) - cm.start(0)] + MESSAGE.sub(do_message, cm.group(2)) + '</context>'

    text = CONTEXT.sub(do_context, text)
    if '--check' not in sys.argv:
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    for ctx, src in missing:
        print('%s: missing [%s] %r' % (lang, ctx, src))
    for p in problems:
        print('%s: %s' % (lang, p))
    return not missing and not problems


if __name__ == '__main__':
    ok = all([fill(lang) for lang in LANGS])
    sys.exit(0 if ok else 1)
