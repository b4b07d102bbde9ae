import factory
from factory.django import DjangoModelFactory

from kulturhub.accounts.models import User
from kulturhub.core.models import Term
from kulturhub.network.models import (
    Group,
    JoinRequest,
    Membership,
    Network,
    Organisation,
    Person,
)


def term(vocabulary: str, slug: str) -> Term:
    return Term.objects.get(vocabulary=vocabulary, slug=slug)


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Faker("name")
    password = factory.django.Password("correct horse battery")


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = Organisation.Kind.MUNICIPALITY
    country = "DK"
    region = "Midtjylland"


class NetworkFactory(DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Network {n}")
    slug = factory.Sequence(lambda n: f"network-{n}")
    description = "A network for **culture and health**."
    country = "DK"
    language = "da"
    contact_email = "network@example.org"
    open_for_members = True


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Faker("name")
    slug = factory.Sequence(lambda n: f"person-{n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    listed = True

    class Params:
        unlisted = factory.Trait(listed=False)
        open = factory.Trait(open_to_collaboration=True)


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    network = factory.SubFactory(NetworkFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = Membership.Status.ACTIVE


class GroupFactory(DjangoModelFactory):
    class Meta:
        model = Group

    network = factory.SubFactory(NetworkFactory)
    kind = Group.Kind.STEERING
    name = factory.Sequence(lambda n: f"Group {n}")
    purpose = "Steers the network."


class JoinRequestFactory(DjangoModelFactory):
    class Meta:
        model = JoinRequest

    network = factory.SubFactory(NetworkFactory)
    organisation_name = factory.Sequence(lambda n: f"Kommune {n}")
    organisation_kind = Organisation.Kind.MUNICIPALITY
    country = "DK"
    contact_name = "Jens Jensen"
    contact_email = factory.Sequence(lambda n: f"jens{n}@kommune.example")
    language = "da"

    class Params:
        approved = factory.Trait(status=JoinRequest.Status.APPROVED)
