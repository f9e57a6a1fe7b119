#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Carry finished translations over to messages that moved to another context.

lupdate keys messages by context (the class, or "ComfyScope" for the library): when code moves
between classes, its strings come back "unfinished" although their text is unchanged. This
fills such messages from the translations a git revision had for the same source text (and
comment), in any context, and marks them finished. Nothing else is touched.

    python3 translations/carry-over.py [REV]     # default REV: HEAD
Run it after `cmake --build build --target update_translations`.
"""
import html
import pathlib
import re
import subprocess
import sys

MESSAGE = re.compile(r'(<message(?: [^>]*)?>)(.*?)(</message>)', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION = re.compile(r'<translation(?: [^>]*)?>.*?</translation>|<translation(?: [^>]*)?/>', re.S)


def key(body, with_comment=True):
    s = SOURCE.search(body)
    c = COMMENT.search(body)
    return (s.group(1) if s else '', c.group(1) if (c and with_comment) else '')


def finished(body):
    t = TRANSLATION.search(body)
    if not t or 'type="unfinished"' in t.group(0) or 'type="vanished"' in t.group(0) \
            or 'type="obsolete"' in t.group(0):
        return None
    if re.fullmatch(r'<translation(?: [^>]*)?>\s*</translation>', t.group(0)):
        return None
    return t.group(0)


def main():
    rev = sys.argv[1] if len(sys.argv) > 1 else 'HEAD'
    root = pathlib.Path(__file__).resolve().parent
    total = 0
    for ts in sorted(root.glob('comfyscope_*.ts')):
        rel = ts.relative_to(root.parent).as_posix()
        try:
            old = subprocess.run(['git', 'show', f'{rev}:{rel}'], cwd=root.parent,
                                 capture_output=True, text=True, check=True).stdout
        except subprocess.CalledProcessError:
            continue
        exact, loose = {}, {}
        for m in MESSAGE.finditer(old):
            t = finished(m.group(2))
            if t:
                exact.setdefault(key(m.group(2)), t)
                loose.setdefault(key(m.group(2), False), t)
        new = ts.read_text(encoding='utf-8')
        count = 0

        def fill(m):
            nonlocal count
            body = m.group(2)
            t = TRANSLATION.search(body)
            if not t or 'type="unfinished"' not in t.group(0):
                return m.group(0)
            k = key(body)
            found = exact.get(k) or (loose.get((k[0], '')) if not k[1] else None)
            if not found:
                return m.group(0)
            count += 1
            return m.group(1) + body[:t.start()] + found + body[t.end():] + m.group(3)

        new = MESSAGE.sub(fill, new)
        ts.write_text(new, encoding='utf-8')
        left = sum(1 for m in MESSAGE.finditer(new)
                   if 'type="unfinished"' in (TRANSLATION.search(m.group(2)) or re.match('', '')).group(0))
        print(f'{ts.name}: {count} carried over, {left} still unfinished')
        total += left
    return 0


if __name__ == '__main__':
    sys.exit(main())
