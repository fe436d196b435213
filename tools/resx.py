#!/usr/bin/env python3
"""Writes a pair of .resx files (Japanese neutral, English) from a TSV of key<TAB>ja<TAB>en.

Usage: tools/resx.py strings.tsv Out  ->  Out.resx (ja) and Out.en.resx
The TSV is the file we edit; the .resx files are generated and committed beside it.
"""
import sys
from xml.sax.saxutils import escape

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def main(tsv, out):
    rows = []
    with open(tsv, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{tsv}:{n}: expected key<TAB>ja<TAB>en, got {len(parts)} columns")
            rows.append(parts)
    keys = [r[0] for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        sys.exit(f"{tsv}: duplicate keys {sorted(dup)}")
    for col, suffix in ((1, ""), (2, ".en")):
        with open(f"{out}{suffix}.resx", "w", encoding="utf-8") as f:
            f.write(HEADER)
            for r in rows:
                f.write(f'  <data name="{escape(r[0])}" xml:space="preserve"><value>{escape(r[col])}</value></data>\n')
            f.write("</root>\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
