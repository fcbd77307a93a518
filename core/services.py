"""Write-side operations on reference data."""

import csv
from pathlib import Path

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"


def sync_municipalities(county_model, municipality_model, csv_path=MUNICIPALITIES_CSV):
    """Create or update all counties and municipalities from the SCB list. Idempotent.

    Takes the model classes so that a data migration can pass its historical models.
    Returns (counties, municipalities) counts in the file.
    """
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    counties = {}
    for row in rows:
        code = row["county_code"].strip()
        if code not in counties:
            counties[code], _ = county_model.objects.update_or_create(
                code=code, defaults={"name": row["county_name"].strip()}
            )
    for row in rows:
        municipality_model.objects.update_or_create(
            code=row["municipality_code"].strip(),
            defaults={
                "name": row["municipality_name"].strip(),
                "county": counties[row["county_code"].strip()],
            },
        )
    return len(counties), len(rows)
