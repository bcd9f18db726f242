"""spaCy makes a new Token object on each access (``tok.head``, ``doc[i]``), so ``tok.head is
tok`` never holds, even at a sentence's root: such a test is dead code. Tokens are compared by
index (``tok.head.i == tok.i``). This walks the package's source for an identity test on a
``.head``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "storyline"
NOT_YET: set[str] = set()


def _head_identity_tests(source: str) -> list[int]:
    """Lines of ``x is y`` / ``x is not y`` where a side is an attribute ``.head``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for op, left, right in zip(node.ops, sides, sides[1:]):
                if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant) and any(
                        isinstance(s, ast.Attribute) and s.attr == "head" for s in (left, right)):
                    lines.append(node.lineno)
    return lines


def test_no_token_head_is_compared_by_identity():
    found = {str(p.relative_to(SRC)): lines for p in sorted(SRC.rglob("*.py"))
             if str(p.relative_to(SRC)) not in NOT_YET and (lines := _head_identity_tests(p.read_text(encoding="utf-8")))}
    assert not found, f"compare tokens by .i: {found}"


@pytest.mark.parametrize(("code", "hits"), [
    ("if t.head is t:\n    pass", 1),
    ("while root.dep_ == 'conj' and root.head is not root:\n    pass", 1),
    # a name, not an attribute: the walk does not guess what it holds (figures.py's "head =
    # cur.head; head is cur" was one, fixed by hand)
    ("x = head is cur", 0),
    ("if t.head.i == t.i:\n    pass", 0),
    ("if t.head is None:\n    pass", 0),  # None is one object: that test is sound
])
def test_the_walk_finds_an_identity_test_on_a_head(code, hits):
    assert len(_head_identity_tests(code)) == hits
