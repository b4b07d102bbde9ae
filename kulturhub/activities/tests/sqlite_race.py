"""Run by test_concurrency on SQLite: 50 threads register for 10 seats in a file database.

It runs in its own process because the test suite's SQLite database lives in memory and is
shared by one connection; here every thread has its own connection, as web workers would.
Prints "confirmed waitlisted total" on one line.
"""

import os
import sys
import threading

import django


def main() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "kulturhub.settings"
    django.setup()
    from django.core.management import call_command
    from django.db import connections

    from kulturhub.activities import services
    from kulturhub.activities.models import Activity, Registration
    from kulturhub.activities.tests.factories import ActivityFactory
    from kulturhub.activities.workflow import State
    from kulturhub.network.tests.factories import NetworkFactory

    call_command("migrate", verbosity=0)
    activity = ActivityFactory(network=NetworkFactory(), capacity=10, slug="race")
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    barrier = threading.Barrier(count)
    errors = []

    def one(n):
        try:
            barrier.wait(timeout=30)
            services.register(activity, name=f"P{n}", email=f"p{n}@example.org", language="da")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    activity = Activity.objects.get(pk=activity.pk)
    confirmed = activity.registrations.filter(status=State.CONFIRMED).count()
    waitlisted = activity.registrations.filter(status=State.WAITLISTED).count()
    print(confirmed, waitlisted, Registration.objects.count(), len(errors))
    for error in errors[:5]:
        print(error, file=sys.stderr)


if __name__ == "__main__":
    main()
