from django.core.management import call_command

from core.models import County, Municipality


def test_all_counties_and_municipalities_are_loaded_by_migration(db):
    assert County.objects.count() == 21
    assert Municipality.objects.count() == 290


def test_codes_and_names_follow_scb(db):
    vaxjo = Municipality.objects.select_related("county").get(code="0780")
    assert (vaxjo.name, vaxjo.county.code, vaxjo.county.name) == ("Växjö", "07", "Kronobergs län")
    assert Municipality.objects.get(code="0180").name == "Stockholm"
    assert County.objects.get(code="25").name == "Norrbottens län"


def test_load_municipalities_is_idempotent_and_repairs_edits(db):
    Municipality.objects.filter(code="0780").update(name="Fel namn")
    call_command("load_municipalities", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("load_municipalities", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Municipality.objects.count() == 290
    assert County.objects.count() == 21
    assert Municipality.objects.get(code="0780").name == "Växjö"
