"""Assemble a document's plain text piece by piece while recording blocks as spans of it."""

from __future__ import annotations

from rasd.document import ArticleMeta, Block, BlockKind, Document, Post


class TextBuilder:
    """Accumulate plain text; every block added gets the exact offsets of its text.

    Blocks are separated by a blank line (``"\\n\\n"``) so that sentence splitting never joins two blocks.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.posts: list[Post] = []

    @property
    def length(self) -> int:
        """Number of code points written so far."""
        return self._length

    def write(self, s: str) -> tuple[int, int]:
        """Append raw text and return its ``(start, end)``."""
        start = self._length
        self._parts.append(s)
        self._length += len(s)
        return start, self._length

    def separate(self) -> None:
        """End the current block: make sure the text ends with a blank line (unless it is empty)."""
        if self._length == 0:
            return
        tail = "".join(self._parts[-2:])[-2:]
        if tail.endswith("\n\n"):
            return
        self.write("\n" if tail.endswith("\n") else "\n\n")

    def add_block(self, kind: BlockKind, s: str) -> tuple[int, int]:
        """Start a new block of ``kind`` holding ``s``; return its span (empty ``s`` adds nothing)."""
        s = s.strip()
        if not s:
            return self._length, self._length
        self.separate()
        start, end = self.write(s)
        self.blocks.append(Block(kind, start, end))
        return start, end

    def build(self, article: ArticleMeta) -> Document:
        """Return the finished :class:`Document`."""
        text = "".join(self._parts)
        if article.reference_date is None:
            article.reference_date = article.published
        return Document(text=text, article=article, blocks=list(self.blocks), posts=list(self.posts))
