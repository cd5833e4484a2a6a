#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
"""Moves the .ts messages of library folders into each library's one context, keeping their
translations; run it before translations/update.sh, once the sources use the new context
(translations/tools/one_context.py).

    translations/tools/merge_contexts.py [--dry-run] [--map OLD=NEW]... FOLDER... [-- TS...]

FOLDER selects entries of contexts.py's LIBRARIES by prefix: `app` is every engine library,
`ui` the window's. TS defaults to translations/beam-launcher_*.ts.

Which message goes where: a message with a location goes to the context of the library that
holds its file (the first <location>; lupdate writes a filename only where it changes, so the
file is carried down the context's messages). A Designer form's message (.ui) stays. A message
with no location (vanished) goes where the other messages of its old context went (the most
of them), or where --map OLD=NEW or contexts.py's VANISHED_HOMES says; none of these, it stays
and is reported.

Duplicates: two messages with the same source and comment that land in the same context become
one. Same translation: one is kept (a live one before a vanished one). Different translations:
reported as a clash on stderr, and the one kept is, in this order, a live one, a finished one,
the first in the file (the old contexts' alphabetical order, as lupdate writes them). The same
English text may have been translated differently on purpose in two old contexts: read the
clashes, and where both wordings are needed, give one of the tr() calls a disambiguation
comment (tr("Run", "verb")) so that both messages live on, and put the translation back.

Locations are rewritten with a filename on every message (lupdate's relative form needs the
old order); update.sh writes them anew. Exit code 0; 1 when something was reported.
"""

import argparse
import collections
import glob
import os
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import contexts  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TS_DIR = os.path.join(ROOT, 'translations')


def repo_path(filename):
    """A location's filename ("../app/go/GoJson.cpp", relative to translations/) as a path
    from the repository root ("app/go/GoJson.cpp")."""
    path = os.path.normpath(os.path.join(TS_DIR, filename))
    return os.path.relpath(path, ROOT).replace(os.sep, '/')


def translation_key(message):
    tr = message.find('translation')
    if tr is None:
        return ('', '', ())
    forms = tuple((f.text or '') for f in tr.findall('numerusform'))
    return ((tr.text or '').strip() if not forms else '', tr.get('type') or '', forms)


def is_live(message):
    tr = message.find('translation')
    return tr is None or tr.get('type') not in ('vanished', 'obsolete')


def is_finished(message):
    tr = message.find('translation')
    return tr is not None and tr.get('type') is None


def same_translation(a, b):
    ka, kb = translation_key(a), translation_key(b)
    return (ka[0], ka[2]) == (kb[0], kb[2])


def resolve_locations(context):
    """Each message of `context` with its locations as (repo path, absolute line or None)."""
    current_file = None
    current_line = collections.defaultdict(int)
    result = []
    for message in context.findall('message'):
        refs = []
        for loc in message.findall('location'):
            name = loc.get('filename')
            if name:
                current_file = name
            name = current_file
            line = loc.get('line')
            number = None
            if line:
                if line[0] in '+-':
                    current_line[name] += int(line)
                    number = current_line[name]
                else:
                    number = current_line[name] = int(line)
            refs.append((repo_path(name) if name else None, number))
        result.append((message, refs))
    return result


def plan(root, folders, extra_map, report):
    """Decides each message's new context. Returns [(old context element, message, refs,
    new context name or None)] and the old contexts' homes."""
    selected = {f for f in contexts.LIBRARIES if any(f == s or f.startswith(s + '/') for s in folders)}
    moves = []
    votes = collections.defaultdict(collections.Counter)
    for context in root.findall('context'):
        name = context.findtext('name')
        for message, refs in resolve_locations(context):
            target = None
            if refs and refs[0][0]:
                library = contexts.library_of(refs[0][0])
                if library in selected:
                    target = contexts.LIBRARIES[library][0]
                    votes[name][target] += 1
                elif library is None and not refs[0][0].endswith('.ui') and refs[0][0].split('/')[0] in ('app', 'ui'):
                    report('%s: %s is in no library folder of contexts.py: left in %s'
                           % (refs[0][0], (message.findtext('source') or '')[:60], name))
            moves.append((context, message, refs, target))
    homes = {}
    for old, new in extra_map.items():
        homes[old] = new
    for old, folder in contexts.VANISHED_HOMES.items():
        if folder in selected and old not in homes:
            homes[old] = contexts.LIBRARIES[folder][0]
    for name, counter in votes.items():
        if name not in homes:
            homes[name] = counter.most_common(1)[0][0]
    planned = []
    for context, message, refs, target in moves:
        name = context.findtext('name')
        if target is None and not (refs and refs[0][0]):
            # Vanished: where its old context's other messages went. An old context of no
            # selected folder (one still pending) has no home yet and stays as it is;
            # check_contexts.py reports one that belongs nowhere.
            target = homes.get(name)
        planned.append((context, message, refs, target))
    return planned, homes


def merge(path, folders, extra_map, dry_run):
    problems = []

    def report(text):
        problems.append(text)
        print('%s: %s' % (os.path.relpath(path, ROOT), text), file=sys.stderr)

    tree = ET.parse(path)
    root = tree.getroot()
    planned, homes = plan(root, folders, extra_map, report)

    # The new contexts' messages, in file order; the old contexts lose the moved ones.
    new_messages = collections.defaultdict(list)
    moved = collections.Counter()
    for context, message, refs, target in planned:
        name = context.findtext('name')
        if target is None or target == name:
            continue
        context.remove(message)
        for loc in message.findall('location'):
            message.remove(loc)
        index = 0
        for repo, line in refs:
            if repo is None:
                continue
            loc = ET.Element('location')
            loc.set('filename', os.path.relpath(os.path.join(ROOT, repo), TS_DIR).replace(os.sep, '/'))
            if line is not None:
                loc.set('line', str(line))
            loc.tail = '\n        '
            message.insert(index, loc)
            index += 1
        new_messages[target].append((name, message))
        moved[(name, target)] += 1

    contexts_by_name = {c.findtext('name'): c for c in root.findall('context')}
    for target, messages in new_messages.items():
        context = contexts_by_name.get(target)
        if context is None:
            context = ET.SubElement(root, 'context')
            context.text = '\n    '
            name = ET.SubElement(context, 'name')
            name.text = target
            name.tail = '\n    '
            contexts_by_name[target] = context
        for _old, message in messages:
            message.tail = '\n    '
            context.append(message)

    # Duplicates in each context that received messages.
    merged = 0
    for target in new_messages:
        context = contexts_by_name[target]
        seen = collections.OrderedDict()
        for message in context.findall('message'):
            key = (message.findtext('source'), message.findtext('comment'))
            seen.setdefault(key, []).append(message)
        for key, group in seen.items():
            if len(group) < 2:
                continue
            ranked = sorted(group, key=lambda m: (not is_live(m), not is_finished(m), group.index(m)))
            keep = ranked[0]
            for other in ranked[1:]:
                if not same_translation(keep, other) and is_live(other):
                    report('clash in %s: "%s": kept "%s", dropped "%s"'
                           % (target, key[0], translation_key(keep)[0] or translation_key(keep)[2],
                              translation_key(other)[0] or translation_key(other)[2]))
                # The kept one has every location of the group.
                for loc in other.findall('location'):
                    position = len(keep.findall('location'))
                    keep.insert(position, loc)
                context.remove(other)
                merged += 1

    # Old contexts left empty go; the rest keep their place. Contexts are sorted as lupdate does.
    for name, context in list(contexts_by_name.items()):
        if not context.findall('message'):
            root.remove(context)
            del contexts_by_name[name]
    ordered = sorted(root.findall('context'), key=lambda c: c.findtext('name'))
    for c in root.findall('context'):
        root.remove(c)
    for c in ordered:
        c.tail = '\n'
        messages = c.findall('message')
        if messages:
            messages[-1].tail = '\n'
        root.append(c)

    for (old, new), count in sorted(moved.items()):
        print('%s: %d message(s) %s -> %s' % (os.path.relpath(path, ROOT), count, old, new))
    print('%s: %d duplicate(s) merged' % (os.path.relpath(path, ROOT), merged))

    if not dry_run:
        root.text = '\n'
        body = ET.tostring(root, encoding='unicode')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            f.write(body)
            f.write('\n')
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('folders', nargs='+', help='library folders by prefix: app, app/go, ui')
    parser.add_argument('--ts', nargs='*', help='the .ts files (default translations/beam-launcher_*.ts)')
    parser.add_argument('--map', action='append', default=[], metavar='OLD=NEW',
                        help="where an old context's vanished messages go")
    parser.add_argument('--dry-run', action='store_true')
    args = parser.parse_args()
    extra = dict(m.split('=', 1) for m in args.map)
    files = args.ts or sorted(glob.glob(os.path.join(TS_DIR, 'beam-launcher_*.ts')))
    problems = []
    for path in files:
        problems += merge(path, [f.rstrip('/') for f in args.folders], extra, args.dry_run)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
