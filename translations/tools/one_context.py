#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
"""Puts every tr() of one library folder through the library's one context class.

    translations/tools/one_context.py FOLDER [--from OLDCLASS]... [--dry-run]

FOLDER is a library folder of translations/tools/contexts.py's LIBRARIES (app/go, ui, ...);
the table gives its context class (GoText) and header (app/go/GoText.h). In each .cpp/.h of
the folder (not its subfolders) this rewrites
  - every bare call `tr(` (in a Q_OBJECT class's members, lambdas included) to `GoText::tr(`;
    not `x::tr(`, `x.tr(`, `x->tr(`, nor words ending in tr (str(, Qtr(), nor anything in a
    comment or a string literal;
  - every `OLDCLASS::tr(` for each --from OLDCLASS (an old per-file context struct) likewise,
    and removes that struct where it only declares a context (`struct OLDCLASS {
    Q_DECLARE_TR_FUNCTIONS(...) };`, with the comment lines right above it);
  - every QCoreApplication::translate("some context", "text", ...) whose context is a string
    literal to GoText::tr("text", ...) (a translate() with a computed context or text is listed);
and adds `#include "go/GoText.h"` where it changed something (in alphabetical place among the
file's last run of quoted includes, or in a run of its own after the file's own header). Arguments, disambiguation comments and plural counts (`tr(s, nullptr, n)`) stay as
they are: the class's tr() has QObject::tr()'s signature.

It does not rewrite, only lists, what needs a person: a `tr(` that declares a function
("QString tr(const char *)", a local helper: replace its calls by hand), and whatever still
names another context: QCoreApplication::translate(variable, ...), Q_DECLARE_TR_FUNCTIONS(...),
QT_TR_NOOP/QT_TRANSLATE_NOOP, X::tr( of another class. It does not write the header: make it
first (see app/go/GoText.h), and list it in the library's CMakeLists.txt.

Exit code 0; 1 when something was listed for a person (the rewrite is done all the same).

The steps for a folder (ui/ is the one left, see translations/README.md):
  1. write the folder's header (namespace bl { struct UiText { Q_DECLARE_TR_FUNCTIONS(bl::ui) }; }),
     add it to the CMakeLists.txt, and add the folder to contexts.py's LIBRARIES if needed;
  2. translations/tools/one_context.py ui --from WindowText --from EditorText ...;
     fix by hand what it lists; remove the old Q_DECLARE_TR_FUNCTIONS structs;
  3. remove the folder from contexts.py's PENDING;
  4. translations/tools/merge_contexts.py ui (moves the .ts messages, keeping translations);
  5. translations/update.sh: 0 unfinished, no new vanished entry;
  6. build with -Werror, ctest -L unit (tools/check_contexts), -L ui, -L integration.
"""

import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import contexts  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def add_include(text, include):
    """Adds #include "include" in alphabetical place in the file's last run of quoted includes
    (after the own header's line when that is the only one)."""
    line = '#include "%s"\n' % include
    if line in text:
        return text
    runs = list(re.finditer(r'(?:^#include "[^"]*"[^\n]*\n)+', text, re.M))
    if not runs:
        m = re.search(r'^#include [^\n]*\n', text, re.M) or re.search(r'^#pragma once\n', text, re.M)
        at = m.end() if m else 0
        return text[:at] + line + text[at:]
    run = runs[-1]
    lines = run.group(0).splitlines(keepends=True)
    if len(runs) == 1 and len(lines) == 1:  # only the file's own header: a run of its own after it
        return text[:run.end()] + '\n' + line + text[run.end():]
    at = len(lines)
    for i, existing in enumerate(lines):
        if existing.lower() > line.lower():
            at = i
            break
    if len(runs) == 1 and at == 0:
        at = 1  # the first line of the only run is the file's own header
    lines.insert(at, line)
    return text[:run.start()] + ''.join(lines) + text[run.end():]


_TRANSLATE = re.compile(r'\bQCoreApplication\s*::\s*translate\s*\(')
_LITERAL_CONTEXT = re.compile(r'\s*"[^"\\\n]*"\s*,\s*')


def translate_calls(text):
    """QCoreApplication::translate("any context", ...) in code: (start, end) of the part up to
    the source text, which becomes CLASS::tr(."""
    spans = []
    for begin, end in contexts.code_spans(text):
        for m in _TRANSLATE.finditer(text, begin, end):
            literal = _LITERAL_CONTEXT.match(text, m.end())
            if literal:
                spans.append((m.start(), literal.end(), 'translate'))
    return spans


def rewrite(text, cls, old_classes):
    calls, declarations = contexts.find_tr_calls(text, old_classes)
    calls = sorted(calls + translate_calls(text))
    out = []
    pos = 0
    for start, end, _kind in calls:
        out.append(text[pos:start])
        out.append(cls + '::tr(')
        pos = end
    out.append(text[pos:])
    text = ''.join(out)
    removed = 0
    for old in old_classes:
        # The old struct that only declared a context, with the comment lines right above it.
        pattern = re.compile(r'(?:^[ \t]*//[^\n]*\n)*^[ \t]*struct ' + re.escape(old)
                             + r'\s*\{\s*Q_DECLARE_TR_FUNCTIONS\([^)]*\)\s*\};[ \t]*\n(?:[ \t]*\n)?', re.M)
        text, n = pattern.subn('', text)
        removed += n
    if removed:  # an anonymous namespace that held only the old struct
        text = re.sub(r'^namespace \{\s*\} // namespace\n(?:[ \t]*\n)?', '', text, flags=re.M)
    return text, len(calls) + removed, declarations


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('folder', help='a library folder, e.g. app/go or ui')
    parser.add_argument('--from', dest='old', action='append', default=[],
                        help='an old context class whose OLD::tr( calls move too (repeatable)')
    parser.add_argument('--dry-run', action='store_true', help='only report')
    args = parser.parse_args()

    folder = args.folder.rstrip('/')
    if folder not in contexts.LIBRARIES:
        sys.exit('one_context.py: %s is not in contexts.py LIBRARIES (%s)'
                 % (folder, ', '.join(sorted(contexts.LIBRARIES))))
    _context, header, cls = contexts.LIBRARIES[folder]
    include = header.split('/', 1)[1] if header.startswith('app/') else os.path.basename(header)
    header_path = os.path.join(ROOT, header)
    if not os.path.exists(header_path):
        if not args.dry_run:
            sys.exit('one_context.py: write %s first (see app/go/GoText.h)' % header)
        print('one_context.py: %s is not written yet (see app/go/GoText.h)' % header)

    needs_person = False
    total = 0
    directory = os.path.join(ROOT, folder)
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if not name.endswith(contexts.SOURCE_SUFFIXES) or not os.path.isfile(path):
            continue
        rel = folder + '/' + name
        if os.path.abspath(path) == os.path.abspath(header_path):
            continue  # the context's own header
        with open(path, encoding='utf-8') as f:
            text = f.read()
        new, count, declarations = rewrite(text, cls, args.old)
        if count:
            new = add_include(new, include)
        if count:
            total += count
            print('%s: %d change(s) -> %s::tr(' % (rel, count, cls))
            if not args.dry_run:
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(new)
        for offset in declarations:
            needs_person = True
            print('%s:%d: a tr( that declares a function: replace its calls by hand'
                  % (rel, contexts.line_of(text, offset)))
        for offset, snippet in contexts.other_contexts(new, cls):
            needs_person = True
            print('%s:%d: another context: %s' % (rel, contexts.line_of(new, offset), snippet))
    print('one_context.py: %d change(s) %s in %s' % (total, 'to rewrite' if args.dry_run else 'rewritten', folder))
    return 1 if needs_person else 0


if __name__ == '__main__':
    sys.exit(main())
