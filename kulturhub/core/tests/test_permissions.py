import pytest

from kulturhub.core import permissions
from kulturhub.network.models import Membership


def test_members_are_people_with_a_role_or_staff_of_an_active_member(
    network, other_network, alice, bob, carol, dave
):
    assert permissions.is_member(alice, network)  # a coordinator role
    assert permissions.is_member(bob, network)  # works for an active member municipality
    assert not permissions.is_member(carol, network)
    assert not permissions.is_member(dave, network)
    Membership.objects.filter(network=network).update(status=Membership.Status.ENDED)
    assert not permissions.is_member(bob, network)


def test_coordinators_coordinate_only_their_own_network(network, other_network, alice, carol):
    assert permissions.is_coordinator(alice, network)
    assert not permissions.is_coordinator(alice, other_network)
    assert permissions.check(carol, "manage_network", network)[0] is False
    assert permissions.check(carol, "manage_network", other_network) == (True, "")


def test_an_unknown_rule_is_a_programming_error(alice, network):
    with pytest.raises(LookupError):
        permissions.check(alice, "launch_rockets", network)
