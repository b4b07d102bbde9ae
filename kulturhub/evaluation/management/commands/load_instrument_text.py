"""`manage.py load_instrument_text WHO5 da wording.csv --network aarhus`: load licensed wording."""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kulturhub.core.errors import DomainError
from kulturhub.evaluation import licences
from kulturhub.network.models import Network

HEADER = ["kind", "key", "text"]


class Command(BaseCommand):
    help = (
        "Load a network's official (licensed) wording of an instrument in one language from a "
        "UTF-8 CSV with the header kind,key,text: one 'item' row per item id and one 'option' "
        "row per response value. The whole file is checked before anything is saved; loading "
        "again replaces the wording."
    )

    def add_arguments(self, parser):
        parser.add_argument("instrument", help="Instrument code, e.g. WHO5 or SWEMWBS.")
        parser.add_argument("language", help="Language code, e.g. da, sv, fi, nb or en.")
        parser.add_argument("file", help="The CSV file (UTF-8).")
        parser.add_argument("--network", required=True, help="Slug of the network.")
        parser.add_argument(
            "--source",
            default="",
            help="Where the wording comes from, e.g. the licence or translation reference "
            "(default: the file name).",
        )

    def handle(self, *args, instrument, language, file, network, source, **options):
        found = Network.objects.filter(slug=network).first()
        if found is None:
            raise CommandError(f"Unknown network {network!r}: no network has that slug.")
        path = Path(file)
        try:
            # utf-8-sig: a spreadsheet's byte-order mark is not part of the first header.
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                if reader.fieldnames != HEADER:
                    raise CommandError(
                        f"{path.name}: the first line must be {','.join(HEADER)} "
                        f"(found {','.join(reader.fieldnames or []) or 'nothing'})."
                    )
                rows = list(reader)
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{path.name} is not UTF-8 text.") from None
        except csv.Error as error:
            raise CommandError(f"{path.name} is not a valid CSV file: {error}") from None
        if any(None in row for row in rows):
            raise CommandError(f"{path.name}: some rows have more than three columns.")
        try:
            text = licences.load_text(
                found,
                instrument.upper(),
                language.lower(),
                rows,
                source=source or path.name,
            )
        except DomainError as error:
            raise CommandError(error.message) from None
        self.stdout.write(
            f"Loaded the {text.language} wording of {text.instrument} for {found.name}: "
            f"{len(text.items)} items, {len(text.options)} response options."
        )
