"""Spelling grace: when a search finds nothing, suggest the closest known terms.

Known terms are the names visitors search for: methods (and their synonyms), success
factors, target-group tags, municipalities and counties. They are read from the search
index alone, which holds only live, public pages: a tag, a method or a place that only
drafts or private pages carry is never suggested (it would tell that they exist). A few
hundred strings, so a plain `difflib` comparison without case or accents is fast enough;
the list is cached per index version.
"""

import difflib
import re

from django.core.cache import cache

from core.content_version import current_content_version
from search.engines import fold
from search.facet_index import facet_index
from search.models import SearchDocument

MAX_SUGGESTIONS = 5
CACHE_SECONDS = 3600
# Facets whose labels are names visitors search for: the labels public pages carry.
NAMED_FACETS = ("tag", "municipality", "county")


def known_terms(version=None):
    """Names of the public methods (with their synonyms) and success factors, and the
    target groups and places of public pages."""
    if version is None:
        version = current_content_version()
    terms = set()
    for document in SearchDocument.objects.filter(kind__in=("method", "factor")).only(
        "title", "keywords", "kind"
    ):
        terms.add(document.title)
        if document.kind == "method":
            terms.update(line for line in document.keywords.splitlines() if line)
    for key, label in facet_index(version).labels.items():
        if key.partition(":")[0] in NAMED_FACETS:
            terms.add(label)
    return sorted(term for term in terms if term.strip())


def _vocabulary(version):
    return cache.get_or_set(
        f"search:vocabulary:{version}", lambda: known_terms(version), CACHE_SECONDS
    )


def suggest(text, version=None):
    """Up to five known terms close to `text` or to one of its words, best first."""
    terms = _vocabulary(current_content_version() if version is None else version)
    by_folded = {fold(term): term for term in terms}
    words = {}
    for term in terms:
        for word in re.findall(r"[^\W_]+", term):
            if len(word) >= 4:
                words.setdefault(fold(word), word)
    query = fold(text)
    found = difflib.get_close_matches(query, list(by_folded), n=MAX_SUGGESTIONS, cutoff=0.6)
    suggestions = [by_folded[match] for match in found]
    corrected = _corrected(text, words)
    if corrected:
        suggestions.insert(0, corrected)
    unique, seen = [], {query}
    for suggestion in suggestions:
        if fold(suggestion) not in seen:
            seen.add(fold(suggestion))
            unique.append(suggestion)
    return unique[:MAX_SUGGESTIONS]


def _corrected(text, words):
    """The query with each misspelt word replaced by the closest known word; "" if no
    word needed correcting."""
    changed = False
    corrected = []
    for word in re.findall(r"[^\W_]+", text):
        close = difflib.get_close_matches(fold(word), list(words), n=1, cutoff=0.75)
        if close and close[0] != fold(word):
            known = words[close[0]]
            corrected.append(known.lower() if word.islower() else known)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else ""
