"""Read the seed export independently of the parser: (question, answer) line pairs."""

from pathlib import Path

SEED_EXPORT = Path(__file__).resolve().parents[1] / "demo" / "seeds" / "004_7310ef9cf163eefb.txt"


def seed_pairs():
    """The seed has one line per question and one per answer, alternating."""
    lines = SEED_EXPORT.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 128
    return [(lines[i], lines[i + 1]) for i in range(0, len(lines), 2)]
