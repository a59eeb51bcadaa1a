"""Demo interactions in writing: chats, messaging, e-mails, SMS, notifications, web events, offers.

None of these has segments: a chat or an e-mail waits in one queue (two after a transfer) and
is handled by an agent, a bot or a workflow; SMS, notifications, web events and content
offers are short and mostly have no agent at all.
"""

from __future__ import annotations

from journey_widget.model import Category, Channel, Interaction, OutboundKind, Sla, TaskResult
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.customer import (
    FAILED_OUTCOMES,
    IN_HANDLED,
    CustomerDraws,
    at,
    sla,
    weighted,
)

_CHAT_SLA_SECONDS = 60
_CHAT = weighted(vocab.CHAT_RESULTS)
_EMAIL = weighted(vocab.EMAIL_RESULTS)
EMAIL_HANDLED = weighted(vocab.EMAIL_HANDLED_OUTCOMES)
_EMAIL_WORKFLOW = weighted(vocab.EMAIL_WORKFLOW_OUTCOMES)
SENT = weighted(vocab.SENT_OUTCOMES)
SMS = weighted(vocab.SMS_OUTCOMES)
_NOTIFICATION = weighted(vocab.NOTIFICATION_OUTCOMES)
_MESSAGE_OUT = weighted(vocab.MESSAGE_OUTBOUND_OUTCOMES)
_WEB_EVENT = weighted(vocab.WEB_EVENT_OUTCOMES)
_CONTENT_OFFER = weighted(vocab.CONTENT_OFFER_OUTCOMES)


def _outbound_kind(campaign: str | None) -> OutboundKind:
    return OutboundKind.OUTBOUND if campaign else OutboundKind.MANUAL


class MessageBuilder(CustomerDraws):
    """Builds the written interactions of one customer."""

    def chat(self, common: dict, ts: int, inbound: bool) -> Interaction:
        """A conversation on web chat, web messaging, WhatsApp, LINE, Twitter or Messenger."""
        pick, r, channel = self.pick, self.r, common["channel"]
        detail: dict = {}
        if channel is Channel.WHATSAPP:
            detail["phone_number"] = self.phone(mobile=True).value
        elif channel in (Channel.TWITTER, Channel.LINE, Channel.MESSENGER):
            detail["address"] = self.p.handle
        elif self.p.emails:
            detail["address"] = self.p.emails[0]
        service = pick(self.t.services)
        if not inbound:
            campaign = self.outbound_campaign()
            outcome = pick(_MESSAGE_OUT)
            failed = outcome in FAILED_OUTCOMES
            return Interaction(
                **common,
                **detail,
                ended_at=at(ts + 60 + int(r() * 3600)),
                outbound_kind=_outbound_kind(campaign),
                category=self.t.campaign_category[campaign] if campaign else service.category,
                campaign=campaign,
                service=service.name,
                agents=(self.agent(),),
                outcome=outcome,
                failure=failed,
                task_result=(
                    TaskResult.DESTINATION_NOT_REACHED
                    if failed
                    else TaskResult.DESTINATION_ACCEPTED
                ),
                message_count=1 + int(r() * 6),
            )
        result = pick(_CHAT)
        wait = self.wait(40)
        queue = pick(service.queues)
        queues: tuple[str, ...] = (queue,)
        agents: tuple[str, ...] = ()
        messages = 2 + int(r() * 6)
        length = wait + 30 + int(r() * 300)
        if result is TaskResult.HANGUP_IN_QUEUE:
            outcome = "Customer left"
        elif result is TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW:
            outcome, queues = "Answered by bot", ()
        else:
            outcome = pick(IN_HANDLED)
            agents = (self.agent(),)
            if result is TaskResult.TRANSFERRED_BY_USER:
                queues += (pick(pick(self.t.services).queues),)
                agents += (self.agent(),)
            messages = 4 + int(r() * 36)
            length = wait + 180 + int(r() * 2400)
            self.handled(detail, service, True, ts)
        return Interaction(
            **common,
            **detail,
            ended_at=at(ts + length),
            category=service.category,
            service=service.name,
            first_queued_service=service.name if queues else None,
            queues=queues,
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            task_result=result,
            sla=sla(wait, _CHAT_SLA_SECONDS) if queues else None,
            message_count=messages,
        )

    def email(self, common: dict, ts: int, inbound: bool) -> Interaction:
        pick, r = self.pick, self.r
        service = pick(self.t.services)
        subject = pick(self.w.email_subjects)
        detail: dict = {"address": self.p.emails[0] if r() < 0.8 else pick(self.p.emails)}
        if not inbound:
            outcome = pick(SENT)
            return Interaction(
                **common,
                **detail,
                ended_at=at(ts + 60 + int(r() * 900)),
                outbound_kind=OutboundKind.MANUAL,
                category=service.category,
                service=service.name,
                agents=(self.agent(),),
                outcome=outcome,
                failure=outcome in FAILED_OUTCOMES,
                subject=subject,
            )
        result = pick(_EMAIL)
        agents: tuple[str, ...] = ()
        if result is TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW:
            outcome = pick(_EMAIL_WORKFLOW)
        elif result.is_failure:
            outcome = self.outcome_of(result, True, None)
        else:
            outcome = pick(EMAIL_HANDLED)
            agents = (self.agent(),)
            self.handled(detail, service, True, ts)
        length = 120 + int(r() * 5200)
        queue = pick(service.queues)
        return Interaction(
            **common,
            **detail,
            ended_at=at(ts + length),
            category=service.category,
            service=service.name,
            first_queued_service=service.name,
            queues=(queue,),
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            task_result=result,
            sla=Sla.WITHIN if length < 3600 else Sla.OUTSIDE,
            subject=subject,
        )

    def message(self, common: dict, ts: int, inbound: bool) -> Interaction:
        """SMS, agentless notifications, web events and content offers: short, mostly no agent."""
        pick, r, channel, w = self.pick, self.r, common["channel"], self.w
        detail: dict = {}
        campaign = None
        agents: tuple[str, ...] = ()
        category = Category.GENERAL
        if channel is Channel.SMS:
            detail["phone_number"] = self.phone(mobile=True).value
            detail["message_count"] = 1 + int(r() * 3)
            if inbound:
                outcome = "Received"
            else:
                campaign = self.outbound_campaign()
                outcome = pick(SMS)
                agents = () if campaign else (self.agent(),)
                detail["outbound_kind"] = _outbound_kind(campaign)
        elif channel is Channel.AGENTLESS_NOTIFICATION:
            detail["phone_number"] = self.phone(mobile=True).value
            detail["subject"] = pick(w.notification_templates)
            detail["message_count"] = 1
            detail["outbound_kind"] = OutboundKind.AGENTLESS
            campaign = self.campaign(Category.GENERAL) if r() < 0.5 else None
            outcome = pick(_NOTIFICATION)
        elif channel is Channel.WEB_EVENT:
            detail["web_page"] = pick(w.web_pages)
            category = Category.MYDX
            outcome = pick(_WEB_EVENT)
        else:  # content offer, shown to the customer on the web site
            detail["web_page"] = pick(w.web_pages)
            detail["content_offer"] = pick(w.content_offers)
            detail["outbound_kind"] = OutboundKind.AGENTLESS
            campaign = self.campaign(Category.MARKETER)
            category = Category.MARKETER
            outcome = pick(_CONTENT_OFFER)
        if campaign:
            category = self.t.campaign_category[campaign]
        return Interaction(
            **common,
            **detail,
            ended_at=at(ts + 2 + int(r() * 600)),
            category=category,
            campaign=campaign,
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
        )
