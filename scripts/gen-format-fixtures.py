#!/usr/bin/env python3
"""Writes the binary fixtures of tests/fixtures/formats that cannot be typed as UTF-8 text.

Run from the repository root: python3 scripts/gen-format-fixtures.py
"""
from pathlib import Path

OUT = Path("tests/fixtures/formats")

# A legacy Arabic page: windows-1256 bytes, declared only by <meta http-equiv>, no BOM.
CP1256_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>أخبار الموصل</title>
<meta name="pubdate" content="2009-04-20">
</head><body>
<p>بدأت أعمال إعادة إعمار الجامع الكبير في مدينة الموصل.</p>
<p>وقال المسؤولون إن العمل سيستغرق عامين.</p>
</body></html>
"""

(OUT / "legacy-cp1256.html").write_bytes(CP1256_PAGE.encode("cp1256"))
