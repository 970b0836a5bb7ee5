#!/usr/bin/env python3
"""Ports gitleaks' default rules (MIT) to ContentLint: the rules of config/gitleaks.toml as a JSON data file
the Secrets API embeds, and the true and false positives of cmd/generate/config/rules/*.go as a test file.

usage: python3 tools/gitleaks/convert.py <gitleaks checkout or git dir> <commit>
A checkout is read with `git show <commit>:<path>`, so a bare mirror works too.

Go's RE2 syntax is rewritten where .NET reads it differently: \\w and \\d are ASCII in Go (Unicode in .NET),
POSIX classes ([[:alnum:]]) do not exist in .NET, and named groups become plain groups (.NET would number
them after the unnamed ones, Go numbers them in order, and secretGroup is a number). Allowlists that test file paths or commits cannot
apply to a post and are dropped; an AND allowlist with a path condition then never allows anything.
Test secrets built by gitleaks with secrets.NewSecret(regex) are generated here from the same regex with a
fixed seed; samples gitleaks builds in a way this reader does not evaluate are left out (counted on stderr).
"""
import json, random, re, subprocess, sys, tomllib
import warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
import sre_parse, sre_constants as C  # noqa: E402 (deprecated names, still the public parser of re)

repo, commit = sys.argv[1], sys.argv[2]
root = __import__("pathlib").Path(__file__).resolve().parents[2]

def show(path):
    return subprocess.run(["git", "-C", repo, "show", f"{commit}:{path}"], check=True, capture_output=True, text=True).stdout

def to_dotnet(pattern):
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "w":
                out.append("0-9A-Za-z_" if in_class else "[0-9A-Za-z_]")
            elif nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        named = re.match(r"\(\?P?<[A-Za-z_][A-Za-z0-9_]*>", pattern[i:]) if not in_class else None
        if named:  # .NET numbers named groups after the others; unnamed keeps Go's group numbers
            out.append("("); i += named.end(); continue
        if pattern.startswith("[[:alnum:]]", i) and not in_class:
            out.append("[0-9A-Za-z]"); i += len("[[:alnum:]]"); continue
        if pattern.startswith("[:alnum:]", i) and in_class:
            out.append("0-9A-Za-z"); i += len("[:alnum:]"); continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c); i += 1
            if i < len(pattern) and pattern[i] == "^": out.append("^"); i += 1
            if i < len(pattern) and pattern[i] == "]": out.append("\\]"); i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c); i += 1
    return "".join(out)

# gitleaks ends a token at a quote, a space, a semicolon or an escaped newline: code. In a post a sentence's
# punctuation ends it as well ("my key is sk_live_…."): a closing bracket or typographic quote, or . , ! ? :
# followed by a space, a quote or the end (not ".png", which continues a file name); the characters a token
# may contain are each rule's own and are left alone.
GO_SUFFIX = """(?:[\\x60'"\\s;]|\\\\[nr]|$)"""
PROSE_SUFFIX = """(?:[\\x60'"\\s;)\\]»”’]|[.,!?:](?:[\\x60'"\\s)\\]»”’]|$)|\\\\[nr]|$)"""

def rule_regex(pattern):
    return to_dotnet(pattern).replace(GO_SUFFIX, PROSE_SUFFIX)

def allowlists(rule_lists):
    kept = []
    for a in rule_lists or []:
        condition = a.get("condition", "OR").upper()
        if condition == "AND" and (a.get("paths") or a.get("commits")):
            continue
        regexes = [to_dotnet(r) for r in a.get("regexes", [])]
        stopwords = [w.lower() for w in a.get("stopwords", [])]
        if not regexes and not stopwords:
            continue
        kept.append({"condition": condition, "regexTarget": a.get("regexTarget", "secret"), "regexes": regexes, "stopwords": stopwords})
    return kept

config = tomllib.loads(show("config/gitleaks.toml"))
rules = []
for r in config["rules"]:
    if "regex" not in r:
        continue  # path-only rules (a file name is the finding): posts have no files
    rules.append({k: v for k, v in {
        "id": r["id"], "description": r["description"], "regex": rule_regex(r["regex"]),
        "secretGroup": r.get("secretGroup", 0), "entropy": r.get("entropy", 0),
        "keywords": [k.lower() for k in r.get("keywords", [])], "allowlists": allowlists(r.get("allowlists")),
    }.items() if v or k in ("id", "regex")})
glob = config.get("allowlist", {})
data = {
    "source": {"repository": "https://github.com/gitleaks/gitleaks", "commit": commit, "file": "config/gitleaks.toml", "license": "MIT"},
    "allowlist": {"regexes": [to_dotnet(x) for x in glob.get("regexes", [])], "stopwords": [w.lower() for w in glob.get("stopwords", [])]},
    "rules": rules,
}
target = root / "src/ContentLint.Core/Scripting/Api/Secrets/Data/gitleaks-rules.json"
target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
(root / "src/ContentLint.Core/Scripting/Api/Secrets/Data/LICENSE.gitleaks.txt").write_text(show("LICENSE"))

# ---- test cases from the Go sources -------------------------------------------------------------
rng = random.Random(13)
ALPHABET = [chr(c) for c in range(0x21, 0x7f)]

def generate(pattern):
    def emit(items, flags=0):
        text = []
        for op, av in items:
            if op is C.LITERAL: text.append(chr(av))
            elif op is C.NOT_LITERAL: text.append(rng.choice([c for c in ALPHABET if ord(c) != av]))
            elif op is C.ANY: text.append(rng.choice("abcdefXYZ0123"))
            elif op is C.IN: text.append(pick(av))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                low, high, sub = av
                count = low if high is C.MAXREPEAT else rng.randint(low, min(high, low + 8))
                for _ in range(count): text.append(emit(sub))
            elif op is C.SUBPATTERN: text.append(emit(av[-1]))
            elif op is C.BRANCH: text.append(emit(rng.choice(av[1])))
            elif op is C.AT: pass
            else: raise ValueError(op)
        return "".join(text)
    def pick(items):
        chars, negate = [], False
        for op, av in items:
            if op is C.NEGATE: negate = True
            elif op is C.LITERAL: chars.append(chr(av))
            elif op is C.RANGE: chars.extend(chr(c) for c in range(av[0], av[1] + 1))
            elif op is C.CATEGORY:
                chars.extend({C.CATEGORY_DIGIT: "0123456789", C.CATEGORY_WORD: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", C.CATEGORY_SPACE: " "}.get(av, ""))
        if negate: chars = [c for c in ALPHABET if c not in chars]
        return rng.choice(chars)
    return emit(sre_parse.parse(pattern))

SAMPLE_TEMPLATES = ['{i}Token = "{s}"', "{i}_token: {s}", '{\n    "{i}_token": "{s}"\n}']
PATTERNS = {"Numeric": "[0-9]{%s}", "Hex": "[a-f0-9]{%s}", "AlphaNumeric": "[a-z0-9]{%s}", "AlphaNumericExtendedShort": "[a-z0-9_-]{%s}",
            "AlphaNumericExtended": "[a-z0-9=_\\-]{%s}", "AlphaNumericExtendedLong": "[a-z0-9\\/=_\\+\\-]{%s}"}
TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|`[^`]*`|"(?:\\.|[^"\\])*"|\.\.\.|:=|[A-Za-z_][A-Za-z0-9_.]*|\d+|\S', re.S)
Unknown = object()

class Reader:
    def __init__(self, tokens): self.t, self.i = tokens, 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else ""
    def take(self): self.i += 1; return self.t[self.i - 1]
    def expr(self):
        value = self.term()
        while self.peek() == "+":
            self.take(); right = self.term()
            value = value + right if isinstance(value, str) and isinstance(right, str) else Unknown
        return value
    def args(self):
        values = []
        self.take()  # (
        while self.peek() not in (")", ""):
            values.append(self.expr())
            if self.peek() == "...": self.take()
            if self.peek() == ",": self.take()
        self.take()
        return values
    def term(self):
        tok = self.take()
        if tok.startswith('"'): return json.loads(tok) if "\\x" not in tok else Unknown
        if tok.startswith("`"): return tok[1:-1]
        if tok == "[" and self.peek() == "]":
            self.take(); self.take()  # ] string
            self.take()  # {
            items = []
            while self.peek() not in ("}", ""):
                items.append(self.expr())
                if self.peek() == ",": self.take()
            self.take()
            return [x for x in items if isinstance(x, str)]
        if self.peek() == "(":
            args = self.args()
            name = tok.split(".")[-1]
            if name in PATTERNS and args and isinstance(args[0], str): return PATTERNS[name] % args[0]
            if name == "Hex8_4_4_4_12": return "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            if name == "NewSecret" and isinstance(args[0], str):
                try: return generate(args[0])
                except Exception: return Unknown
            if name == "GenerateSampleSecret" and all(isinstance(a, str) for a in args): return f'{args[0]}_api_token = "{args[1]}"'
            if name == "GenerateSampleSecrets" and all(isinstance(a, str) for a in args):
                return [t.replace("{i}", args[0]).replace("{s}", args[1]) for t in SAMPLE_TEMPLATES]
            if name == "append":
                out = []
                for a in args:
                    if isinstance(a, list): out.extend(a)
                    elif isinstance(a, str): out.append(a)
                return out
            if name == "Repeat" and isinstance(args[0], str) and isinstance(args[1], int): return args[0] * args[1]
            return Unknown
        if tok.isdigit(): return int(tok)
        return Unknown

cases, dropped = {}, 0
files = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", commit, "cmd/generate/config/rules/"], check=True, capture_output=True, text=True).stdout.split()
ported = {r["id"] for r in rules}
for path in files:
    if not path.endswith(".go") or path.endswith("_test.go"): continue
    source = show(path)
    for block in re.split(r"\nfunc ", source)[1:]:
        rid = re.search(r'RuleID:\s*"([^"]+)"', block)
        if not rid or rid.group(1) not in ported: continue
        tokens = [t for t in TOKEN.findall(block) if not t.startswith("//") and not t.startswith("/*")]
        entry = cases.setdefault(rid.group(1), {"truePositives": [], "falsePositives": []})
        for i, tok in enumerate(tokens):
            if tok in ("tps", "fps") and i + 1 < len(tokens) and tokens[i + 1] in (":=", "="):
                reader = Reader(tokens); reader.i = i + 2
                value = reader.expr()
                values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
                if value is Unknown: dropped += 1
                key = "truePositives" if tok == "tps" else "falsePositives"
                entry[key].extend(v for v in values if v not in entry[key])
for entry in cases.values():
    entry["truePositives"] = entry["truePositives"][:6]
    entry["falsePositives"] = entry["falsePositives"][:6]
tests = root / "tests/ContentLint.Core.Tests/Scripting/Api/Secrets/gitleaks-cases.json"
tests.parent.mkdir(parents=True, exist_ok=True)
tests.write_text(json.dumps({"source": data["source"] | {"file": "cmd/generate/config/rules/*.go"}, "cases": dict(sorted(cases.items()))}, indent=1, ensure_ascii=False) + "\n")
print(f"{len(rules)} rules, {sum(len(c['truePositives']) for c in cases.values())} true and {sum(len(c['falsePositives']) for c in cases.values())} false positives; {dropped} sample expressions not evaluated; rules without a true positive: {sorted(ported - {k for k, v in cases.items() if v['truePositives']})}", file=sys.stderr)
