"""Facet filtering and counting in memory, with one bitset per facet value.

Counting facet values with SQL means grouping every facet value of every matching
document: with 10 000 reports and a common word that is some 200 000 rows per request
(30–100 ms on PostgreSQL, however the values are stored). Here each facet value
("county:07") is a Python integer used as a bitset over the documents, newest first;
filtering is AND/OR of integers and counting is `int.bit_count()`, a few microseconds
per value. The database still does what it is good at: matching words and ranking.

The index is built from the search documents in one query and rebuilt when the index
version changes (every publish, unpublish, move or delete). A built index is shared
with other worker processes through the cache.
"""

from dataclasses import dataclass

from django.core.cache import cache

from search.models import SearchDocument

CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class FacetIndex:
    version: int
    ids: tuple  # page ids; a document's position is its bit, position 0 the newest
    positions: dict  # page id -> position
    bits: dict  # "facet:value" -> bitset
    labels: dict  # "facet:value" -> label
    values: dict  # facet -> {value: bitset}
    everything: int  # bitset of every document

    @classmethod
    def build(cls, version):
        rows = SearchDocument.objects.order_by("-published_at", "-page_id").values_list(
            "page_id", "facets"
        )
        rows = list(rows)
        size = len(rows)
        ids, bytesets, labels = [], {}, {}
        for position, (page_id, facets) in enumerate(rows):
            ids.append(page_id)
            for key, label in facets.items():
                if key not in bytesets:
                    bytesets[key] = bytearray((size + 7) // 8)
                    labels[key] = label
                bytesets[key][position >> 3] |= 1 << (position & 7)
        bits = {key: int.from_bytes(bytes_, "little") for key, bytes_ in bytesets.items()}
        values = {}
        for key, bitset in bits.items():
            facet, _, value = key.partition(":")
            values.setdefault(facet, {})[value] = bitset
        return cls(
            version=version,
            ids=tuple(ids),
            positions={page_id: position for position, page_id in enumerate(ids)},
            bits=bits,
            labels=labels,
            values=values,
            everything=(1 << size) - 1,
        )

    def mask_of(self, page_ids):
        """The bitset of these page ids (ids not in the index are ignored)."""
        buffer = bytearray((len(self.ids) + 7) // 8)
        positions = self.positions
        for page_id in page_ids:
            position = positions.get(page_id)
            if position is not None:
                buffer[position >> 3] |= 1 << (position & 7)
        return int.from_bytes(buffer, "little")

    def any_of(self, keys):
        mask = 0
        for key in keys:
            mask |= self.bits.get(key, 0)
        return mask

    def all_of(self, keys):
        mask = self.everything
        for key in keys:
            mask &= self.bits.get(key, 0)
        return mask

    def select(self, mask, page_ids, limit):
        """The first `limit` of `page_ids` (in their order) that are in `mask`."""
        flags = mask.to_bytes((len(self.ids) + 7) // 8 or 1, "little")
        positions = self.positions
        found = []
        for page_id in page_ids:
            position = positions.get(page_id)
            if position is not None and flags[position >> 3] >> (position & 7) & 1:
                found.append(page_id)
                if len(found) >= limit:
                    break
        return found

    def counts(self, base, facet):
        """{value: count} of the facet's values within `base` (values counted 0 left out)."""
        found = {}
        for value, bits in self.values.get(facet, {}).items():
            count = (bits & base).bit_count()
            if count:
                found[value] = count
        return found

    def positions_in(self, mask):
        """The positions set in `mask`, ascending (newest document first)."""
        found = []
        for number, byte in enumerate(mask.to_bytes((len(self.ids) + 7) // 8 or 1, "little")):
            if byte:
                base = number << 3
                found.extend(base + bit for bit in _BITS_OF_BYTE[byte])
        return found

    def newest(self, mask, offset, limit):
        """Page ids in `mask`, newest first, from `offset`."""
        return [self.ids[position] for position in self.positions_in(mask)[offset : offset + limit]]


_BITS_OF_BYTE = tuple(tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256))


_current = None  # this process's index (immutable; replaced whole)


def facet_index(version):
    """The facet index for this index version: this process's, the cache's, or built."""
    global _current
    if _current is not None and _current.version == version:
        return _current
    _current = cache.get_or_set(
        f"search:facet-index:{version}", lambda: FacetIndex.build(version), CACHE_SECONDS
    )
    return _current
