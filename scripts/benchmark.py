#!/usr/bin/env python3
"""PolicySite against Hugo on the same generated site, side by side.

    scripts/benchmark.py [--docs 5000] [--runs 3] [--corpus DIR] [--make-corpus PATH]

Writes the corpus with shared/bench/make-corpus.py (the same Markdown for both
tools), builds PolicySite in release mode, then runs cold builds of both tools
alternately, each into a new output folder and without a build cache, as in
CI on a fresh machine. Before the cold runs it waits (--settle) until the
files it deleted (the last corpus, the last runs) are six minutes old: until
then ext4 skips their freed inodes when it makes new files, which
made both tools' file creation several times slower and the disk, not the
tools, the thing measured. Every timed run starts once the files of the run
before are flushed to the disk (sync). Then it times rebuilds of PolicySite
with its cache after changing one document (the first one after a clean
build apart, as it also has to learn the tree before the last), checking
that the rebuilt tree is byte-identical to a clean build. Prints medians of
wall time, CPU time and peak memory, and the ratios the performance issue
asks for. Nothing here is a test: it prints figures for a person (or the
README) to read.
"""
import argparse, hashlib, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, cwd):
    """Runs cmd under /usr/bin/time; returns (wall s, cpu s, peak MB).

    The files the run before wrote are flushed to the disk first, so that
    no run pays for writing back another's (a cold build leaves hundreds of
    megabytes to write)."""
    os.sync()
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M"] + cmd, cwd=cwd, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall, user, system, kb = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(kb) / 1024


def tree_digest(folder):
    digest = hashlib.sha256()
    for base, dirs, files in sorted(os.walk(folder)):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(base, name)
            digest.update(os.path.relpath(path, folder).encode())
            with open(path, "rb") as f:
                digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()


def median(rows, i):
    return statistics.median(r[i] for r in rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000, help="documents per language (5000 = 10,000 pages)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default="/tmp/policysite-bench")
    ap.add_argument("--make-corpus", default=os.path.join(ROOT, "..", "shared", "bench", "make-corpus.py"))
    ap.add_argument("--skip-hugo", action="store_true")
    ap.add_argument("--settle", type=float, default=370,
                    help="seconds to wait after deleting files, before the cold runs (ext4 skips inodes freed less than 60 s ago, 360 s while their table is being written)")
    a = ap.parse_args()

    subprocess.run([sys.executable, a.make_corpus, a.corpus, "--docs", str(a.docs)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "policysite"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    tool = os.path.join(ROOT, ".build", "release", "policysite")
    site, hugo_site = os.path.join(a.corpus, "policysite"), os.path.join(a.corpus, "hugo")
    hugo = shutil.which("hugo") if not a.skip_hugo else None

    ours, theirs = [], []
    scratch = os.path.join(a.corpus, "runs")
    shutil.rmtree(scratch, ignore_errors=True)
    cache = os.path.join(site, ".policysite-cache")
    shutil.rmtree(cache, ignore_errors=True)
    os.sync()
    time.sleep(a.settle)
    for run in range(a.runs):
        # Cold as on a fresh CI machine: no cache to read (the build writes one).
        shutil.rmtree(cache, ignore_errors=True)
        ours.append(timed([tool, "build", "--output", os.path.join(scratch, f"policysite-{run}")], site))
        if hugo:
            theirs.append(timed([hugo, "--quiet", "--destination", os.path.join(scratch, f"hugo-{run}")], hugo_site))
    # The cold runs' trees are deleted only at the end: the rebuilds below
    # make folders too, which ext4 makes slowly for a while after a mass deletion.
    shutil.rmtree(cache, ignore_errors=True)
    subprocess.run([tool, "build"], cwd=site, check=True, stderr=subprocess.DEVNULL)

    # One document changes; the rebuild must equal a clean build of the new content.
    changed = os.path.join(site, "Content", "policies", "policy-00000.zh.md")

    def change_text(run):
        with open(changed, "a", encoding="utf-8") as f:
            f.write(f"\n新增段落 {run}。\n")

    # The first rebuild after a build without a cache knows nothing of the
    # output tree before the last (Output.previous), which it reuses: it
    # reads back every page (or, with no such tree, links every page into a
    # new one). Shown on its own; the rebuilds after it are the steady case.
    change_text("first")
    first_rebuild = timed([tool, "build"], site)
    rebuilds = []
    for run in range(a.runs):
        change_text(run)
        rebuilds.append(timed([tool, "build"], site))
    # A title changes: lists, feeds and the pages that name the document are made again.
    retitled = []
    for run in range(a.runs):
        with open(changed, encoding="utf-8") as f:
            text = f.read()
        with open(changed, "w", encoding="utf-8") as f:
            f.write(text.replace("\ntitle: ", f"\ntitle: 修订{run} ", 1))
        retitled.append(timed([tool, "build"], site))
    incremental_tree = tree_digest(os.path.join(site, "Output"))
    clean = os.path.join(a.corpus, "clean-output")
    shutil.rmtree(clean, ignore_errors=True)
    shutil.rmtree(scratch, ignore_errors=True)
    subprocess.run([tool, "build", "--no-cache", "--output", clean], cwd=site, check=True, stderr=subprocess.DEVNULL)
    identical = tree_digest(clean) == incremental_tree

    pages = a.docs * 2
    print(f"corpus: {pages} Markdown pages (zh + en), medians of {a.runs} runs")
    print(f"{'':24}{'wall s':>10}{'cpu s':>10}{'peak MB':>10}")
    print(f"{'policysite cold':24}{median(ours, 0):>10.2f}{median(ours, 1):>10.2f}{median(ours, 2):>10.0f}")
    if theirs:
        print(f"{'hugo cold':24}{median(theirs, 0):>10.2f}{median(theirs, 1):>10.2f}{median(theirs, 2):>10.0f}")
    print(f"{'policysite one change':24}{median(rebuilds, 0):>10.2f}{median(rebuilds, 1):>10.2f}{median(rebuilds, 2):>10.0f}")
    print(f"{'  first after clean build':24}{first_rebuild[0]:>10.2f}{first_rebuild[1]:>10.2f}{first_rebuild[2]:>10.0f}")
    print(f"{'policysite one title':24}{median(retitled, 0):>10.2f}{median(retitled, 1):>10.2f}{median(retitled, 2):>10.0f}")
    if theirs:
        print(f"cold wall ratio (policysite / hugo):  {median(ours, 0) / median(theirs, 0):.2f}   (target <= 0.5)")
        print(f"peak memory ratio (policysite / hugo): {median(ours, 2) / median(theirs, 2):.2f}   (target <= 0.25)")
    print(f"incremental ratio (rebuild / cold):   {median(rebuilds, 0) / median(ours, 0):.2f}   (target <= 0.1)")
    print(f"rebuild identical to a clean build:   {'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
