#!/usr/bin/env python3
# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
"""The rule "one translation context per library", checked (ctest: unit/translation_contexts).

    translations/tools/check_contexts.py [TS...]     the .ts files (default translations/*.ts)
                                                     and the sources of app/ and ui/
    translations/tools/check_contexts.py --self-test shows that each check can fail

In the .ts files:
  - a context is one of contexts.py's LIBRARIES contexts (bl::go, bl::launch...), a Designer
    form's (all its messages come from .ui files), or, while its folder is in PENDING, an old
    context whose live messages all come from that folder;
  - a live message from a file of a library folder (not pending) is in that library's context;
  - a context holding only vanished messages is reported (merge_contexts.py gives it a home).
In the sources of each library folder that is not pending: no bare tr( (a Q_OBJECT class's
own context, or a local helper named tr), no X::tr( but the library's class's, no
QCoreApplication::translate(, Q_DECLARE_TR_FUNCTIONS( (but in the library's header),
QT_TR_NOOP or QT_TRANSLATE_NOOP. The files of app/ outside any library (main.cpp,
Translations.cpp) have no strings of their own.

Exit code 0 when the rule holds; 1 with one line per breach.
"""

import glob
import os
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import contexts  # noqa: E402
import merge_contexts  # noqa: E402

ROOT = merge_contexts.ROOT


def check_ts(root, label, pending=None):
    """Breaches of the rule in one parsed .ts (an ElementTree root)."""
    pending = contexts.PENDING if pending is None else pending
    names = {ctx: folder for folder, (ctx, _, _) in contexts.LIBRARIES.items()}
    breaches = []
    for context in root.findall('context'):
        name = context.findtext('name')
        located = []  # (repo path, message) of the live messages
        live = 0
        for message, refs in merge_contexts.resolve_locations(context):
            if not merge_contexts.is_live(message):
                continue
            live += 1
            if refs and refs[0][0]:
                located.append((refs[0][0], message))
        source = lambda m: (m.findtext('source') or '')[:70]  # noqa: E731
        if name in names and names[name] not in pending:
            for path, message in located:
                if path.endswith('.ui'):
                    breaches.append('%s: "%s" (%s) is a Designer form\'s: it keeps the form\'s context, not %s'
                                    % (label, source(message), path, name))
                elif contexts.library_of(path) != names[name]:
                    breaches.append('%s: "%s" (%s) is in %s, the context of %s/'
                                    % (label, source(message), path, name, names[name]))
            continue
        if live == 0:
            breaches.append('%s: context %s holds only vanished messages: give it a home '
                            '(merge_contexts.py --map %s=bl::LIBRARY)' % (label, name, name))
            continue
        if located and all(path.endswith('.ui') for path, _ in located) and len(located) == live:
            continue  # a Designer form's context
        for path, message in located:
            library = contexts.library_of(path)
            if path.endswith('.ui'):
                breaches.append('%s: context %s mixes a Designer form\'s message with others' % (label, name))
            elif library is None:
                breaches.append('%s: "%s" (%s) is in no library folder of contexts.py' % (label, source(message), path))
            elif library not in pending:
                breaches.append('%s: "%s" (%s) is in %s, not in its library\'s context %s'
                                % (label, source(message), path, name, contexts.LIBRARIES[library][0]))
        if len(located) < live:
            breaches.append('%s: context %s has a live message with no location' % (label, name))
    return breaches


def check_source(path, text, pending=None):
    """Breaches of the rule in one source file (`path` relative to the repository root)."""
    pending = contexts.PENDING if pending is None else pending
    library = contexts.library_of(path)
    if library in pending:
        return []
    breaches = []
    if library is None:
        calls, declarations = contexts.find_tr_calls(text)
        for start, _end, _kind in calls:
            breaches.append('%s:%d: tr( in a file of no library: give it a library (contexts.py)'
                            % (path, contexts.line_of(text, start)))
        for offset, snippet in contexts.other_contexts(text, None):
            breaches.append('%s:%d: %s in a file of no library' % (path, contexts.line_of(text, offset), snippet))
        return breaches
    context, header, cls = contexts.LIBRARIES[library]
    calls, declarations = contexts.find_tr_calls(text)
    for start, _end, _kind in calls:
        breaches.append('%s:%d: a bare tr( takes its class\'s context: write %s::tr( (one_context.py %s)'
                        % (path, contexts.line_of(text, start), cls, library))
    for offset in declarations:
        breaches.append('%s:%d: a function named tr: call %s::tr( instead' % (path, contexts.line_of(text, offset), cls))
    for offset, snippet in contexts.other_contexts(text, cls):
        if path == header and snippet.startswith('Q_DECLARE_TR_FUNCTIONS'):
            continue
        breaches.append('%s:%d: %s names a context other than %s (%s::tr)'
                        % (path, contexts.line_of(text, offset), snippet, context, cls))
    return breaches


def check_tree():
    breaches = []
    for top in ('app', 'ui'):
        for dirpath, _dirs, files in os.walk(os.path.join(ROOT, top)):
            for name in sorted(files):
                if not name.endswith(contexts.SOURCE_SUFFIXES):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, ROOT).replace(os.sep, '/')
                with open(full, encoding='utf-8') as f:
                    breaches += check_source(rel, f.read())
    return breaches


def self_test():
    """Each check fails where it should, and passes where it should."""
    def ts(body):
        return ET.fromstring('<TS version="2.1" language="de_DE">%s</TS>' % body)

    def message(filename, source, vanished=False):
        location = '<location filename="../%s" line="+1"/>' % filename if filename else ''
        kind = ' type="vanished"' if vanished else ''
        return '<message>%s<source>%s</source><translation%s>x</translation></message>' % (location, source, kind)

    cases = [
        # (what, breaches found?, check)
        ('the library context', False,
         lambda: check_ts(ts('<context><name>bl::go</name>%s%s</context>'
                             % (message('app/go/GoJson.cpp', 'a'), message(None, 'b', True))), 't')),
        ('a class context in a library', True,
         lambda: check_ts(ts('<context><name>bl::GoJson</name>%s</context>'
                             % message('app/go/GoJson.cpp', 'a')), 't')),
        ('another library\'s context', True,
         lambda: check_ts(ts('<context><name>bl::launch</name>%s</context>'
                             % message('app/go/GoJson.cpp', 'a')), 't')),
        ('a Designer form', False,
         lambda: check_ts(ts('<context><name>SomeForm</name>%s</context>'
                             % message('ui/Some.ui', 'a')), 't')),
        ('a pending folder\'s old context', False,
         lambda: check_ts(ts('<context><name>bl::MainWindow</name>%s</context>'
                             % message('ui/MainWindow.cpp', 'a')), 't', pending={'ui'})),
        ('the same, once the folder is done', True,
         lambda: check_ts(ts('<context><name>bl::MainWindow</name>%s</context>'
                             % message('ui/MainWindow.cpp', 'a')), 't', pending=set())),
        ('only vanished messages', True,
         lambda: check_ts(ts('<context><name>bl::Old</name>%s</context>' % message(None, 'b', True)), 't')),
        ('a library class\'s tr', False,
         lambda: check_source('app/go/X.cpp', 'QString f() { return GoText::tr("a"); } // tr("b")\n'
                              'const char *s = "tr(";\nQString g() { return str(x) + o.tr(y) + p->tr(z); }\n')),
        ('a bare tr (a Q_OBJECT class)', True,
         lambda: check_source('app/go/X.cpp', 'void X::f() { auto l = [this] { return tr("a"); }; }\n')),
        ('a plural translate() with a context', True,
         lambda: check_source('app/go/X.cpp', 'QCoreApplication::translate("bl::X", "%n", nullptr, n);\n')),
        ('another class\'s tr', True,
         lambda: check_source('app/go/X.cpp', 'QString s = CrossBuildText::tr("a");\n')),
        ('a context struct outside the header', True,
         lambda: check_source('app/go/X.cpp', 'struct T { Q_DECLARE_TR_FUNCTIONS(bl::go) };\n')),
        ('the library\'s header', False,
         lambda: check_source('app/go/GoText.h', 'struct GoText { Q_DECLARE_TR_FUNCTIONS(bl::go) };\n')),
        ('a local tr helper', True,
         lambda: check_source('app/runner/X.cpp', 'QString tr(const char *text) { return RunnerText::tr(text); }\n')),
        ('a NOOP macro', True,
         lambda: check_source('app/go/X.cpp', 'const char *t[] = {QT_TRANSLATE_NOOP("bl::X", "a")};\n')),
        ('a pending folder', False,
         lambda: check_source('ui/X.cpp', 'QString s = tr("a");\n', pending={'ui'})),
        ('a file of no library', True,
         lambda: check_source('app/main.cpp', 'QString s = QObject::tr("a");\n')),
    ]
    failed = 0
    for what, expected, run in cases:
        found = run()
        if bool(found) != expected:
            failed += 1
            print('self-test: %s: expected %s, got %s' % (what, 'a breach' if expected else 'none', found or 'none'))
    print('self-test: %d of %d cases as expected' % (len(cases) - failed, len(cases)))
    return 1 if failed else 0


def main(argv):
    if argv[1:] == ['--self-test']:
        return self_test()
    files = argv[1:] or sorted(glob.glob(os.path.join(ROOT, 'translations', 'beam-launcher_*.ts')))
    breaches = []
    for path in files:
        breaches += check_ts(ET.parse(path).getroot(), os.path.relpath(path, ROOT))
    breaches += check_tree()
    for line in breaches:
        print(line)
    print('check_contexts: %d breach(es) of "one translation context per library" (pending: %s)'
          % (len(breaches), ', '.join(sorted(contexts.PENDING)) or 'none'))
    return 1 if breaches else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
