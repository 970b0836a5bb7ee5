#!/usr/bin/env python3
"""Issue 11, Core layering (branch w3-layers): moves the types that made folder cycles in
src/ContentLint.Core, with namespace = folder, and adds the `using` lines the moves need.

Idempotent: run it after merging a branch that still uses the old places (`python3 tools/core-layers.py`
from the repository root); it rewrites qualified names, `using ContentLint.Core.Rules.Engine;`, links in
Markdown, and adds a `using` wherever a file names a moved type it reached through the old namespace.
New files left in the old engine-rules folder (src/ContentLint.Core/Rules/Engine/) are moved too.
Then build: the compiler names anything left.
"""
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = "src/ContentLint.Core"

# (old file, new file, types declared in it), paths under src/ContentLint.Core; namespace = folder.
MOVES = [
    ("Documents/TextSpan.cs", "Text/TextSpan.cs", ["TextSpan"]),
    ("Documents/LinePosition.cs", "Text/LinePosition.cs", ["LinePosition", "LinePositionSpan"]),
    ("Documents/LineMap.cs", "Text/LineMap.cs", ["LineMap"]),
    ("Documents/Located.cs", "Text/Located.cs", ["Located"]),
    ("Rules/RuleDescriptor.cs", "Diagnostics/RuleDescriptor.cs", ["RuleDescriptor"]),
    ("Rules/RuleDescriptor.Localization.cs", "Diagnostics/RuleDescriptor.Localization.cs", []),
    ("Rules/RuleCategory.cs", "Diagnostics/RuleCategory.cs", ["RuleCategory"]),
    ("Rules/RuleCatalog.cs", "Diagnostics/RuleCatalog.cs", ["RuleCatalog"]),
    ("Rules/RuleTranslation.cs", "Diagnostics/RuleTranslation.cs", ["RuleTranslation"]),
    ("Documents/CodeReading.cs", "Diagnostics/CodeReading.cs", ["CodeReading"]),
    ("Diagnostics/SuppressionComment.cs", "Documents/SuppressionComment.cs", ["SuppressionComment", "SuppressionKind"]),
    ("Diagnostics/SuppressionIndex.cs", "Suppressions/SuppressionIndex.cs", ["SuppressionIndex"]),
    ("Diagnostics/SuppressionProcessor.cs", "Suppressions/SuppressionProcessor.cs", ["SuppressionProcessor"]),
    ("Diagnostics/SuppressionEntry.cs", "Suppressions/SuppressionEntry.cs", ["SuppressionEntry"]),
    ("Diagnostics/OpenBlocks.cs", "Suppressions/OpenBlocks.cs", ["OpenBlocks"]),
    ("Configuration/ChannelSettings.cs", "Channels/ChannelSettings.cs", ["ChannelSettings"]),
    ("Scripting/Api/Languages.cs", "Documents/Languages.cs", ["Languages"]),
]
# Whole folders: every file moves, the namespace is renamed.
FOLDER_MOVES = [("Rules/Engine", "Diagnostics/Engine")]


def namespace(folder):
    return "ContentLint.Core." + folder.replace("/", ".")


def git(*args):
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def move_files():
    moved = []
    for old, new, _ in MOVES:
        moved.append((old, new))
    for old_dir, new_dir in FOLDER_MOVES:
        for path in sorted((ROOT / CORE / old_dir).glob("*.cs")):
            moved.append((f"{old_dir}/{path.name}", f"{new_dir}/{path.name}"))
    for old, new in moved:
        source, target = ROOT / CORE / old, ROOT / CORE / new
        if source.exists() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            git("mv", str(source), str(target))
        if target.exists():
            text = target.read_text(encoding="utf-8")
            old_ns, new_ns = namespace(str(pathlib.Path(old).parent)), namespace(str(pathlib.Path(new).parent))
            target.write_text(text.replace(f"namespace {old_ns};", f"namespace {new_ns};"), encoding="utf-8")


def type_moves():
    for old, new, types in MOVES:
        for name in types:
            yield name, namespace(str(pathlib.Path(old).parent)), namespace(str(pathlib.Path(new).parent))


USING = re.compile(r"^using ([\w.]+);\n", re.M)
NAMESPACE = re.compile(r"^namespace ([\w.]+)", re.M)
# What every script sees (src/ContentLint.Scripting/ScriptTranslator.cs GlobalUsings).
SCRIPT_USINGS = {"ContentLint.Core.Scoping", "ContentLint.Core.Scripting.Api", "ContentLint.Core.Documents", "ContentLint.Core.Channels",
                 "ContentLint.Core.Configuration.Policy", "ContentLint.Core.Diagnostics", "ContentLint.Core.Text"}


def sees(namespace_name, usings, declared):
    return namespace_name in usings or any(d == namespace_name or d.startswith(namespace_name + ".") for d in declared)


def add_using(text, name):
    line = f"using {name};\n"
    existing = list(USING.finditer(text))
    if not existing:
        declaration = NAMESPACE.search(text)
        at = declaration.start() if declaration else 0
        return text[:at] + line + ("\n" if declaration else "") + text[at:]
    for match in existing:
        other = match.group(1)
        if not other.startswith("System") and other > name:
            return text[:match.start()] + line + text[match.start():]
    last = existing[-1]
    return text[:last.end()] + line + text[last.end():]


def rewrite_source(path, moves):
    text = original = path.read_text(encoding="utf-8")
    for old_dir, new_dir in FOLDER_MOVES:
        renamed = f"using {namespace(old_dir)};\n"
        if renamed in text:
            text = text.replace(renamed, "")
            text = add_using(text, namespace(new_dir)) if f"using {namespace(new_dir)};\n" not in text else text
        text = re.sub(rf"\b{re.escape(namespace(old_dir))}\b", namespace(new_dir), text)
        # `Engine.ParseRules` written inside ContentLint.Core.Rules(.*) named the old folder relatively.
        parent, leaf = namespace(old_dir).rsplit(".", 1)
        if any(d == parent or d.startswith(parent + ".") for d in NAMESPACE.findall(text)):
            stems = "|".join(p.stem for p in (ROOT / CORE / new_dir).glob("*.cs"))
            text, count = re.subn(rf"(?<![\w.]){leaf}\.({stems})\b", r"\1", text)
            if count and f"using {namespace(new_dir)};\n" not in text:
                text = add_using(text, namespace(new_dir))
    for name, old_ns, new_ns in moves:
        text = re.sub(rf"\b{re.escape(old_ns)}\.{name}\b", f"{new_ns}.{name}", text)
    usings = set(USING.findall(text)) | (SCRIPT_USINGS if path.suffix == ".csx" else set())
    declared = NAMESPACE.findall(text)
    body = USING.sub("", text)
    for name, old_ns, new_ns in moves:
        if re.search(rf"\b{name}\b", body) and sees(old_ns, usings, declared) and not sees(new_ns, usings, declared):
            text = add_using(text, new_ns)
            usings.add(new_ns)
    if path.relative_to(ROOT).as_posix() in moved_files():
        for own in declared:
            text = re.sub(rf"^using {re.escape(own)};\n", "", text, flags=re.M)
    if text != original:
        path.write_text(text, encoding="utf-8")


def moved_files():
    files = {f"{CORE}/{new}" for _, new, _ in MOVES}
    for _, new_dir in FOLDER_MOVES:
        files |= {p.relative_to(ROOT).as_posix() for p in (ROOT / CORE / new_dir).glob("*.cs")}
    return files


def rewrite_markdown(path):
    text = original = path.read_text(encoding="utf-8")
    for old, new, _ in MOVES:
        text = text.replace(f"ContentLint.Core/{old}", f"ContentLint.Core/{new}")
    for old_dir, new_dir in FOLDER_MOVES:
        text = text.replace(f"ContentLint.Core/{old_dir}/", f"ContentLint.Core/{new_dir}/")
    if text != original:
        path.write_text(text, encoding="utf-8")


def main():
    move_files()
    moves = list(type_moves())
    files = git("ls-files", "-co", "--exclude-standard").splitlines()
    for name in files:
        path = ROOT / name
        if not path.is_file():
            continue
        if path.suffix in (".cs", ".csx"):
            rewrite_source(path, moves)
        elif path.suffix == ".md":
            rewrite_markdown(path)


if __name__ == "__main__":
    main()
