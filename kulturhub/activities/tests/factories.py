from datetime import timedelta

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from kulturhub.activities.models import Activity, Registration
from kulturhub.activities.workflow import State
from kulturhub.network.tests.factories import NetworkFactory


class ActivityFactory(DjangoModelFactory):
    class Meta:
        model = Activity

    network = factory.SubFactory(NetworkFactory)
    kind = Activity.Kind.WEBINAR
    title = factory.Sequence(lambda n: f"Webinar om kultur og sundhed {n}")
    slug = factory.Sequence(lambda n: f"webinar-{n}")
    summary = "Et åbent webinar."
    description = "Vi taler om **kultur på recept**."
    language = "da"
    time_zone = "Europe/Copenhagen"
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + timedelta(hours=1))
    format = Activity.Format.ONLINE
    online_link = "https://meet.example.org/secret-room-42"
    audience = Activity.Audience.OPEN
    capacity = 10
    waitlist_enabled = True

    class Params:
        members_only = factory.Trait(audience=Activity.Audience.MEMBERS)
        offers = factory.Trait(promotion=Activity.Promotion.OFFER, offer_hours=24)
        in_person = factory.Trait(
            format=Activity.Format.IN_PERSON,
            online_link="",
            venue="Holstebro Musikteater",
            address="Den Røde Plads 16",
        )


class RegistrationFactory(DjangoModelFactory):
    class Meta:
        model = Registration

    activity = factory.SubFactory(ActivityFactory)
    name = factory.Sequence(lambda n: f"Deltager {n}")
    email = factory.Sequence(lambda n: f"deltager{n}@example.org")
    language = "da"
    status = State.CONFIRMED


def register(activity, n, **kwargs):
    """Register `Person n` through the service, as the public form does."""
    from kulturhub.activities import services

    kwargs.setdefault("language", "da")
    return services.register(activity, name=f"Person {n}", email=f"person{n}@example.org", **kwargs)
