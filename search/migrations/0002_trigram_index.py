"""On PostgreSQL, a trigram index on the folded text, so that the database engine's
``folded_text LIKE '%term%'`` reads the index instead of every row. pg_trgm is a trusted
extension (PostgreSQL 13+): the database's owner may create it. Other databases skip this."""

from django.db import migrations

CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_initiative_folded_trgm "
    "ON search_initiativepage USING gin (folded_text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_initiative_title_trgm "
    "ON search_initiativepage USING gin (folded_title gin_trgm_ops)",
)
DROP = (
    "DROP INDEX IF EXISTS search_initiative_folded_trgm",
    "DROP INDEX IF EXISTS search_initiative_title_trgm",
)


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_library")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
