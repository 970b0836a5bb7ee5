#!/usr/bin/env python3
"""Prints each failed test of the given TRX files with the first lines of its message, so that the
end of a long CI log (often all one sees of it) names what failed, not only how many."""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
MESSAGE_LINES = 12

for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"{path}: unreadable test results ({error})")
        continue
    for result in root.iterfind(".//t:UnitTestResult", NS):
        if result.get("outcome") != "Failed":
            continue
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS).strip().splitlines()
        print(f"FAILED {result.get('testName')} ({result.get('duration')})")
        for line in message[:MESSAGE_LINES]:
            print(f"    {line}")
        if len(message) > MESSAGE_LINES:
            print(f"    … {len(message) - MESSAGE_LINES} more lines in {path}")
