"""Roles are sets of permissions; divisions restrict whose data is seen; fields follow them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from journey_widget.model import (
    Case,
    Channel,
    Customer,
    Direction,
    Interaction,
    Journey,
    Segment,
    SegmentKind,
)
from journey_widget.model.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDeniedError,
    Role,
    UserContext,
    parse_permissions,
    restrict_journey,
)

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _journey(division: str | None = "Retail") -> Journey:
    segment = Segment(SegmentKind.QUEUE, T0, T0 + timedelta(minutes=1), queue="Billing")
    items = tuple(
        Interaction(
            id=f"I{n}",
            customer_id="C1",
            channel=Channel.VOICE,
            direction=Direction.INBOUND,
            started_at=T0 + timedelta(days=n),
            division=div,
            agent_comments="Wants a call back",
            queues=("Billing",),
            first_queued_service="Billing",
            segments=(segment,),
            completion_code="Resolved",
            case=Case("K1", T0, subject="Meter"),
        )
        for n, div in enumerate(("Retail", "Business", None))
    )
    return Journey(Customer("C1", "Raymond Gray", division=division), items)


def test_unknown_permission_names_are_refused_with_the_known_ones():
    with pytest.raises(ValueError, match="“fly” is not a permission; known are: view_journey"):
        parse_permissions(["view_journey", "fly"])


def test_roles_grow_from_agent_to_administrator():
    agent, supervisor, admin = (ROLE_PERMISSIONS[r] for r in Role)
    assert admin == frozenset(Permission)
    assert Permission.VIEW_SESSIONS in supervisor - agent
    assert Permission.VIEW_IDENTIFIERS in agent - supervisor
    for role in (Role.AGENT, Role.SUPERVISOR):
        for power in (Permission.EXPORT, Permission.ANONYMISE, Permission.CONFIGURE):
            assert power not in role.permissions


def test_require_raises_a_sentence_naming_the_user_and_the_action():
    user = UserContext.for_role("anna", Role.AGENT)
    user.require(Permission.VIEW_JOURNEY)
    with pytest.raises(PermissionDeniedError, match="anna is not allowed to anonymise customers"):
        user.require(Permission.ANONYMISE)


def test_a_permission_list_that_equals_a_role_is_named_after_it():
    listed = UserContext.from_permissions("x", [p.value for p in Role.SUPERVISOR.permissions])
    assert listed.role is Role.SUPERVISOR
    custom = UserContext.from_permissions("x", ["view_journey", "export"])
    assert custom.role is None and custom.can(Permission.EXPORT)


def test_divisions_match_without_case_and_empty_means_all():
    user = UserContext.for_role("a", Role.AGENT, ["retail "])
    assert user.sees_division("Retail") and user.sees_division(None)
    assert not user.sees_division("Business")
    assert UserContext.for_role("a", Role.AGENT, []).divisions is None


def test_a_customer_of_another_division_is_not_there():
    user = UserContext.for_role("a", Role.ADMINISTRATOR, ["Business"])
    assert restrict_journey(_journey("Retail"), user) is None


def test_interactions_of_other_divisions_are_left_out():
    user = UserContext.for_role("a", Role.ADMINISTRATOR, ["Retail"])
    shown = restrict_journey(_journey(None), user)
    assert shown is not None
    assert [i.id for i in shown.interactions] == ["I0", "I2"]


def test_an_agent_sees_no_sessions_and_a_supervisor_no_less_than_codes():
    agent = restrict_journey(_journey(), UserContext.for_role("a", Role.AGENT))
    assert agent is not None
    assert all(i.segments == () for i in agent.interactions)
    assert agent.interactions[0].completion_code == "Resolved"
    supervisor = restrict_journey(_journey(), UserContext.for_role("s", Role.SUPERVISOR))
    assert supervisor is not None and supervisor.interactions[0].segments


def test_fields_behind_each_view_permission_are_emptied():
    user = UserContext.from_permissions("x", ["view_journey", "view_sessions"])
    shown = restrict_journey(_journey(), user)
    assert shown is not None
    item = shown.interactions[0]
    assert item.agent_comments is None and item.case is None  # event details
    assert item.completion_code is None  # wrap-up codes
    assert item.queues == () and item.first_queued_service is None  # queues
    assert item.segments and item.segments[0].queue is None


def test_without_view_journey_nothing_is_shown():
    user = UserContext.from_permissions("x", ["export"])
    assert restrict_journey(_journey(), user) is None
