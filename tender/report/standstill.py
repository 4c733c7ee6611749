"""The standstill period of § 134(2) GWB: from the day after the letters are sent, 15 calendar days, or 10 when
they are sent electronically (or by fax); weekends and public holidays do not shift its end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DAYS = {"electronic": 10, "post": 15}


@dataclass(frozen=True)
class Standstill:
    """The period's last day and the first day on which the contract may be awarded."""

    sent_on: date
    channel: str
    days: int
    end: date  # the last day of the period (it runs until the end of this day)
    earliest_award: date  # the day after `end`


def standstill(sent_on: date, channel: str) -> Standstill:
    """The standstill for letters sent on `sent_on` by `channel` (electronic or post).

    The period begins on the day after sending (§ 134(2) sentence 3 GWB) and counts calendar days: sent on
    20 December by post, it ends on 4 January, and the award may be made on 5 January at the earliest. Neither
    a weekend nor a public holiday moves the end (tender does not apply § 193 BGB).
    """
    days = DAYS[channel]
    end = sent_on + timedelta(days=days)
    return Standstill(sent_on, channel, days, end, end + timedelta(days=1))
