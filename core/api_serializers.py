"""Serializers of the API fields of page models (kept apart from the API views, which
import the models: page models import these)."""

from rest_framework import serializers
from wagtail.models import PageViewRestriction


class CountySerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class MunicipalitySerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    county = CountySerializer()


class PageReferenceSerializer(serializers.Serializer):
    """A related page as id, title and slug (only live, public pages are listed)."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()


def restricted_paths(request=None):
    """Tree paths of the pages with a view restriction (a password, a login, groups): a
    page at or under one of them is private. Read once per request."""
    paths = getattr(request, "_portal_restricted_paths", None)
    if paths is None:
        paths = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        if request is not None:
            request._portal_restricted_paths = paths
    return paths


class LivePagesSerializer(serializers.ListSerializer):
    """Related pages (a report's methods, a method's success factors) that an anonymous
    visitor may open: live, and neither restricted nor under a restricted page."""

    child = PageReferenceSerializer()

    def to_representation(self, data):
        pages = data.all() if hasattr(data, "all") else data
        private = restricted_paths(self.context.get("request"))
        return [
            self.child.to_representation(page)
            for page in pages
            if page.live and not page.path.startswith(private)
        ]


class ExtraAnswerSerializer(serializers.Serializer):
    question = serializers.CharField(source="question_text")
    answer = serializers.CharField()
