# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
"""One translation context per library: the table, and a C++ scanner for tr() calls.

Shared by merge_contexts.py (moves .ts messages into their library's context),
one_context.py (rewrites a folder's tr( calls) and check_contexts.py (the rule, run by ctest).

LIBRARIES maps each library folder (relative to the repository root) to its context, the
header that declares the context and the class in it. A file belongs to the library whose
folder holds it (the folder's CMakeLists.txt compiles it). A folder listed in PENDING has not
been moved to its one context yet: its messages keep their old contexts and the check lets
them be. Designer forms (.ui) keep Designer's context, the form's name.
"""

import re

LIBRARIES = {
    # folder         context          header                    class (as code in namespace bl names it)
    'app/process': ('bl::process', 'app/process/ProcessText.h', 'ProcessText'),
    'app/go': ('bl::go', 'app/go/GoText.h', 'GoText'),
    'app/builds': ('bl::builds', 'app/builds/BuildsText.h', 'BuildsText'),
    'app/jobs': ('bl::jobs', 'app/jobs/JobsText.h', 'JobsText'),
    'app/runner': ('bl::runner', 'app/runner/RunnerText.h', 'RunnerText'),
    'app/launch': ('bl::launch', 'app/launch/LaunchText.h', 'LaunchText'),
    'app/profiles': ('bl::profiles', 'app/profiles/ProfilesText.h', 'ProfilesText'),
    'app/pipeline': ('bl::pipeline', 'app/pipeline/PipelineText.h', 'PipelineText'),
    'app/cli': ('bl::cli', 'app/cli/CliOutput.h', 'CliText'),
    'ui': ('bl::ui', 'ui/UiText.h', 'UiText'),
}

# Folders whose sources still use their old contexts (remove an entry once one_context.py and
# merge_contexts.py have been run for it; see translations/README.md).
PENDING = set()

# Old contexts that hold only vanished messages (no location left to tell their library):
# the folder they go to. "bl" held OutputLock's first wording (app/launch/OutputLock.cpp).
VANISHED_HOMES = {'bl': 'app/launch'}

# Files in the repository root's app/ that are in no library folder (app/main.cpp,
# app/Translations.cpp): they have no strings today; if they get some, give them a context here.
SOURCE_SUFFIXES = ('.cpp', '.h')


def library_of(path):
    """The library folder that holds `path` (relative to the repository root, '/'-separated),
    or None. Designer forms (.ui) belong to none: they keep Designer's context."""
    if path.endswith('.ui'):
        return None
    best = None
    for folder in LIBRARIES:
        if path.startswith(folder + '/') and (best is None or len(folder) > len(best)):
            best = folder
    return best


def context_names():
    return {ctx for ctx, _, _ in LIBRARIES.values()}


# --- a small C++ scanner: code outside comments and string or character literals ---------------

_RAW_PREFIX = re.compile(r'(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(')
_STRING_PREFIX = re.compile(r'(?:u8|u|U|L)?(["\'])')


def code_spans(text):
    """Yields (start, end) of the stretches of `text` that are code: not a comment, not a
    string or character literal (raw strings included)."""
    i = 0
    start = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == '/' and text.startswith('//', i):
            yield start, i
            j = text.find('\n', i)
            i = n if j < 0 else j
            start = i
            continue
        if c == '/' and text.startswith('/*', i):
            yield start, i
            j = text.find('*/', i + 2)
            i = n if j < 0 else j + 2
            start = i
            continue
        if c in 'uULR"\'':
            # A literal starts here only at a token boundary.
            if i > 0 and (text[i - 1].isalnum() or text[i - 1] == '_') and c not in '"\'':
                i += 1
                continue
            m = _RAW_PREFIX.match(text, i)
            if m:
                yield start, i
                end = text.find(')' + m.group(1) + '"', m.end())
                i = n if end < 0 else end + len(m.group(1)) + 2
                start = i
                continue
            m = _STRING_PREFIX.match(text, i)
            quote = m.group(1) if m else None
            if quote == "'" and m.start(1) == i and i > 0 and text[i - 1].isalnum():
                quote = None  # a digit separator (1'000)
            if quote:
                yield start, i
                j = m.end()
                while j < n and text[j] != quote:
                    j += 2 if text[j] == '\\' else 1
                i = j + 1
                start = i
                continue
        i += 1
    yield start, n


_IDENT = re.compile(r'[A-Za-z_]\w*')
# Words after which `tr(` is a call, not a declaration ("QString tr(...)").
_CALL_KEYWORDS = {'return', 'else', 'case', 'co_return', 'throw', 'co_yield', 'do'}


def find_tr_calls(text, classes=()):
    """Finds, in code only, the bare calls `tr(` (not `x::tr(`, `x.tr(`, `x->tr(`, nor a word
    ending in tr) and the calls `C::tr(` for each class C in `classes` (not `y::C::tr(`).
    Returns (calls, declarations): calls are (start, end, kind) spans to replace, kind 'bare'
    or the class name; declarations are offsets of `tr(` that look like a function's
    declaration or definition ("QString tr(const char *text)"), left alone."""
    calls = []
    declarations = []
    class_alternatives = '|'.join(re.escape(c) for c in classes)
    pattern = re.compile(r'\b(?:(' + class_alternatives + r')\s*::\s*)?tr\s*\(' if classes else r'\btr\s*\(')
    for begin, end in code_spans(text):
        for m in pattern.finditer(text, begin, end):
            before = text[max(begin, m.start() - 200):m.start()].rstrip()
            cls = m.group(1) if classes else None
            if before.endswith('::') or before.endswith('.') or before.endswith('->'):
                continue  # another class's tr, or a member's
            if cls is None:
                word = re.search(r'([A-Za-z_]\w*)\s*[*&]*$', before)
                if word and word.group(1) not in _CALL_KEYWORDS:
                    declarations.append(m.start())
                    continue
            calls.append((m.start(), m.end(), cls or 'bare'))
    return calls, declarations


_OTHER_CONTEXTS = re.compile(
    r'\b(QCoreApplication\s*::\s*translate|Q_DECLARE_TR_FUNCTIONS|QT_TR_NOOP\w*|QT_TRANSLATE_NOOP\w*|'
    r'qtTrId|QT_TRID_NOOP)\s*\(|\b([A-Za-z_]\w*)\s*::\s*tr\s*\(')


def other_contexts(text, own_class):
    """What in code names a translation context other than `own_class`'s: translate() with
    a context, Q_DECLARE_TR_FUNCTIONS, the NOOP macros, X::tr( for another class X.
    Returns a list of (offset, snippet)."""
    found = []
    for begin, end in code_spans(text):
        for m in _OTHER_CONTEXTS.finditer(text, begin, end):
            if m.group(2) is not None and m.group(2) == own_class:
                continue
            found.append((m.start(), text[m.start():m.end()]))
    return found


def line_of(text, offset):
    return text.count('\n', 0, offset) + 1
