import pytest

from kulturhub.activities.tests.factories import ActivityFactory


@pytest.fixture
def webinar(network):
    return ActivityFactory(
        network=network, title="Webinar: Kultur på recept", slug="webinar-kultur-paa-recept"
    )
