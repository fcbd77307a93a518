"""Serializers of the API fields of page models (kept apart from the API views, which
import the models: page models import these)."""

from rest_framework import serializers


class CountySerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class MunicipalitySerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    county = CountySerializer()


class PageReferenceSerializer(serializers.Serializer):
    """A related page as id, title and slug (only live pages are listed)."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()


class LivePagesSerializer(serializers.ListSerializer):
    child = PageReferenceSerializer()

    def to_representation(self, data):
        pages = data.all() if hasattr(data, "all") else data
        return [self.child.to_representation(page) for page in pages if page.live]


class ExtraAnswerSerializer(serializers.Serializer):
    question = serializers.CharField(source="question_text")
    answer = serializers.CharField()
