#!/usr/bin/env python3
"""Score gains of fairify's recipes on the examples (fsf-0.5 points, summed over records).

Usage: scripts/recipe-gains.py [path/to/fairify] > gains.md
Prints two Markdown tables: each example with its score before -> after `fix --all-safe` and the
recipes that changed it; each recipe with its FAIR Cookbook references and the points it gains
on each example when applied alone (needs-input recipes with the sample values below).
"""
import json, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAIRIFY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/debug/fairify")
SAMPLES = {"license": "CC-BY-4.0", "access": "open", "orcid": "0000-0002-1825-0097", "ror": "02jx3x895",
           "keywords": "field data", "version": "1.0.0", "description": "Example description.", "identifier": "https://doi.org/10.5072/example",
           "publisher": "Example repository", "url": "https://example.org/data.csv", "catalog": "Example catalogue",
           "date-created": "2024-01-01", "derived-from": "https://doi.org/10.5072/source"}
SCORE = re.compile(r"\(([\d.]+)/[\d.]+ -> ([\d.]+)/[\d.]+ assessable points\)")


def run(args):
    return subprocess.run([FAIRIFY] + args, capture_output=True, text=True, cwd=ROOT)


def gain(example, recipe_args):
    result = run(["fix", example] + recipe_args)
    pairs = SCORE.findall(result.stdout)
    before = sum(float(a) for a, _ in pairs)
    after = sum(float(b) for _, b in pairs)
    changed = re.search(r"changed by: (.*)", result.stderr)
    return before, after, (changed.group(1).split(", ") if changed else []), result


def points(x):
    return str(int(x)) if x == int(x) else f"{x:.1f}"


def main():
    examples = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "Examples").rglob("*")
                      if p.is_file() and p.suffix not in (".md", ".csv") and "bad" not in p.parts)
    recipes = json.loads(run(["recipes", "--format", "json"]).stdout)["recipes"]
    print("| example | fsf-0.5 before | after `fix --all-safe` | recipes that changed it |\n|---|---|---|---|")
    for example in examples:
        before, after, changed, result = gain(example, ["--all-safe"])
        if result.returncode != 0:
            print(f"| `{example}` | - | - | {result.stderr.strip().splitlines()[-1]} |")
            continue
        print(f"| `{example}` | {points(before)} | {points(after)} | {', '.join(changed) or '-'} |")
    print("\n| recipe | safety | FAIR Cookbook | points gained on the examples (alone) |\n|---|---|---|---|")
    for recipe in recipes:
        args = ["--recipe", recipe["id"]]
        for p in recipe["parameters"]:
            if p["required"] or p["name"] in ("date-created",):
                if p["name"] in SAMPLES:
                    args += ["--set", f"{p['name']}={SAMPLES[p['name']]}"]
        gains = []
        for example in examples:
            before, after, changed, _ = gain(example, args)
            if changed and after - before != 0:
                gains.append(f"{Path(example).name} {after - before:+g}")
        print(f"| `{recipe['id']}` | {recipe['safety']} | {', '.join(recipe['cookbook']) or '-'} | {'; '.join(gains) or '-'} |")


if __name__ == "__main__":
    main()
