#!/usr/bin/env python3
"""Writes a glossary file of N generated terms for a site, to time term
linking with a large glossary:

    glossary-terms.py SITE_DIR --terms 10000 [--seed 1]

Chinese terms are taken from the site's own Chinese text and English terms
are 2-3 word phrases of its English words, so that many of them occur in the
documents, as real terms would. Terms already in SITE_DIR/Content/glossary
are left out. Writes SITE_DIR/Content/glossary/generated.yaml.
"""
import argparse, glob, os, random, re

parser = argparse.ArgumentParser()
parser.add_argument("site")
parser.add_argument("--terms", type=int, default=10000)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()
rng = random.Random(args.seed)
content = os.path.join(args.site, "Content")

taken = set()
for path in glob.glob(os.path.join(content, "glossary", "*.yaml")):
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*(term|aliases):\s*(.*)", line)
        if m:
            for t in re.split(r"[,\[\]\"]+", m.group(2)):
                if t.strip():
                    taken.add(t.strip().lower())

def body(path):
    return open(path, encoding="utf-8").read().split("\n---\n", 1)[-1]

zh_runs, en_words = [], []
for path in sorted(glob.glob(os.path.join(content, "*", "*.zh.md")))[:200]:
    zh_runs += re.findall(r"[\u4e00-\u9fff]{2,}", body(path))
for path in sorted(glob.glob(os.path.join(content, "*", "*.en.md")))[:200]:
    en_words += re.findall(r"[a-z]{3,}", body(path).lower())
# Words seen often: the generated corpus cuts some words short.
counts = {w: en_words.count(w) for w in set(en_words)}
en_words = sorted(w for w, c in counts.items() if c >= 20)

# Half the Chinese terms are stretches of the text (a generated corpus has
# few distinct ones), the rest two such stretches joined, which mostly do not
# occur but share their beginnings with terms that do.
stretches = sorted({run[i:i + n] for run in set(zh_runs) for n in range(2, 7) for i in range(len(run) - n + 1)})
rng.shuffle(stretches)
zh, en = [], []
for term in stretches[:args.terms // 2]:
    if term not in taken:
        taken.add(term)
        zh.append(term)
while len(zh) < args.terms:
    term = rng.choice(stretches)[:3] + rng.choice(stretches)[:3]
    if term not in taken:
        taken.add(term)
        zh.append(term)
while len(en) < args.terms:
    term = " ".join(rng.choice(en_words) for _ in range(rng.randint(2, 3)))
    if term not in taken:
        taken.add(term)
        en.append(term)

with open(os.path.join(content, "glossary", "generated.yaml"), "w", encoding="utf-8") as out:
    for i, (z, e) in enumerate(zip(zh, en)):
        out.write(f"- id: generated-{i + 1}\n  zh:\n    term: {z}\n    definition: {z}的定义。\n"
                  f"  en:\n    term: {e}\n    definition: Definition of {e}.\n")
print(f"wrote {args.terms} terms to {content}/glossary/generated.yaml")
