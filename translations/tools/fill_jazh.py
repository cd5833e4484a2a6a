#!/usr/bin/env python3
# Fill the ja / zh_CN .ts files from the dictionaries in dict_ja_jazh.py / dict_zh_jazh.py.
# Usage: fill_jazh.py ja|zh   (edits translations/beam-launcher_<lang>.ts in place)
# Rewrites only the <translation> elements; the rest of the file stays byte for byte.
# Vanished and obsolete entries are left alone (a fill never brings them back); entries not in
# the dictionary keep the translation they have, and only the unfinished ones are listed.
import html, importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
lang = sys.argv[1]
mod = importlib.import_module({'ja': 'dict_ja_jazh', 'zh': 'dict_zh_jazh'}[lang])
ts = os.path.join(HERE, '..', {'ja': 'beam-launcher_ja.ts', 'zh': 'beam-launcher_zh_CN.ts'}[lang])

# dictionary: source -> translation; CONTEXT_OVERRIDES: (context, source) -> translation
T = dict(mod.T)
O = dict(getattr(mod, 'CONTEXT_OVERRIDES', {}))

def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;').replace("'", '&apos;'))

PH = re.compile(r'%(?:L?\d+|n)')
TAG = re.compile(r'<[^>]+>')
ACC = re.compile(r'&([A-Za-z0-9])')

problems, missing, used = [], [], set()

def check(ctx, src, tr):
    where = f'[{ctx}] {src[:60]!r}'
    if sorted(PH.findall(src)) != sorted(PH.findall(tr)):
        # same set is fine if a placeholder is repeated differently
        if set(PH.findall(src)) != set(PH.findall(tr)):
            problems.append(f'placeholders differ: {where} -> {tr!r}')
    if len(src) - len(src.lstrip()) and not tr.startswith(src[:len(src) - len(src.lstrip())]):
        problems.append(f'leading whitespace: {where}')
    tail = src[len(src.rstrip()):]
    if tail and not tr.endswith(tail):
        problems.append(f'trailing whitespace: {where}')
    if not tail and tr != tr.rstrip():
        problems.append(f'extra trailing whitespace: {where}')
    if sorted(TAG.findall(src)) != sorted(TAG.findall(tr)) and '<launcher>' not in src and '<worker>' not in src:
        problems.append(f'tags differ: {where}')
    a = ACC.findall(src.replace('&&', ''))
    if a:
        want = '(&' + a[0].upper() + ')'
        if want not in tr or tr.count('&') != 1:
            problems.append(f'accelerator: {where} -> {tr!r} (want {want})')
    if not tr.strip():
        problems.append(f'empty: {where}')

text = open(ts, encoding='utf-8').read()
out, pos = [], 0
ctx_re = re.compile(r'<context>\s*<name>(.*?)</name>', re.S)
msg_re = re.compile(r'(<message(?P<num> numerus="yes")?>)(?P<body>.*?)(</message>)', re.S)
contexts = [(m.start(), html.unescape(m.group(1))) for m in ctx_re.finditer(text)]

def context_at(p):
    name = ''
    for start, n in contexts:
        if start > p: break
        name = n
    return name

GONE = re.compile(r'<translation[^>]*type="(?:vanished|obsolete)"')
OPEN = re.compile(r'<translation[^>]*type="unfinished"|<translation\s*/>')

def repl(m):
    body = m.group('body')
    if GONE.search(body):
        return m.group(0)
    src = html.unescape(re.search(r'<source>(.*?)</source>', body, re.S).group(1))
    ctx = context_at(m.start())
    if (ctx, src) in O:
        tr = O[(ctx, src)]; used.add((ctx, src))
    elif src in T:
        tr = T[src]; used.add(src)
    else:
        if OPEN.search(body):
            missing.append(f'[{ctx}] {src!r}')
        return m.group(0)
    check(ctx, src, tr)
    if m.group('num'):
        new = ('<translation>\n            <numerusform>' + esc(tr) +
               '</numerusform>\n        </translation>')
    else:
        new = '<translation>' + esc(tr) + '</translation>'
    body = re.sub(r'<translation[^>]*?(?:/>|>.*?</translation>)', lambda _: new, body, count=1, flags=re.S)
    return m.group(1) + body + m.group(4)

text = msg_re.sub(repl, text)
open(ts, 'w', encoding='utf-8').write(text)
for p in problems: print('PROBLEM', p)
for p in missing: print('MISSING', p)
unused = [k for k in list(T) + list(O) if k not in used]
for k in unused: print('UNUSED', repr(k)[:100])
print(f'{lang}: {len(problems)} problems, {len(missing)} missing, {len(unused)} unused')
