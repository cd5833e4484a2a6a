#!/usr/bin/env python3
# Dump contexts/sources (with comments) of a .ts file for translating ja/zh_CN.
import sys, xml.etree.ElementTree as ET
t = ET.parse(sys.argv[1])
for ctx in t.getroot().iter('context'):
    print('=== ' + ctx.find('name').text)
    for m in ctx.iter('message'):
        s = m.find('source').text or ''
        extra = []
        for tag in ('comment', 'extracomment'):
            e = m.find(tag)
            if e is not None and e.text: extra.append(tag + ': ' + e.text)
        if m.get('numerus') == 'yes': extra.append('NUMERUS')
        print(repr(s) + ('   # ' + ' | '.join(extra) if extra else ''))
