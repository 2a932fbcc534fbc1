"""The passphrase slip (口令单): one small sheet per reviewer, handed over apart from the USB stick.

It names the panel, the reviewer and the package file, and carries the package's passphrase in
large type with the panel key's fingerprint beside it (the passphrase's last three groups are that
fingerprint's first 60 bits: docs/security.md). Each slip is its own numbered sheet, so a stack of
them can be cut apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Spacer

from app.printing.labels import said
from app.printing.layout import Title, para, style, styles
from app.printing.review_sheet import header_table, signature_line
from app.services.panel import Panel
from app.services.panel_keys import packaged_at, panel_key, passphrases


@dataclass(frozen=True)
class Slip:
    panel_title: str
    panel_fingerprint: str
    reviewer_id: str
    reviewer_name: str
    role: str
    package_file: str
    passphrase: str
    made_at: str


def panel_slips(panel: Panel, reviewer_ids: Sequence[str] | None = None) -> list[Slip]:
    """A slip for each reviewer whose newest package's passphrase the panel holds."""
    from app.services.packages import package_name

    with panel.engine.connect() as conn:
        known, made, key = passphrases(conn), packaged_at(conn), panel_key(conn)
    wanted = set(reviewer_ids) if reviewer_ids is not None else None
    return [
        Slip(
            panel.info.title,
            key.fingerprint,
            r.id,
            r.name,
            r.role.value,
            package_name(r),
            known[r.id],
            made.get(r.id, ""),
        )
        for r in panel.reviewers()
        if r.id in known and (wanted is None or r.id in wanted)
    ]


def grouped_fingerprint(fingerprint: str) -> str:
    head = fingerprint[:32].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def slip_sheet(slip: Slip) -> tuple[str, list[Flowable]]:
    s = styles()
    big = style("passphrase", 22, leading=30)
    made = slip.made_at[:16].replace("T", " ") if slip.made_at else ""
    flowables: list[Flowable] = [
        Title("评查包口令单"),
        header_table(
            [
                ("评查活动", slip.panel_title),
                ("评查人", f"{slip.reviewer_name}（{slip.reviewer_id}，{said('role', slip.role)}）"),
                ("评查包文件", slip.package_file),
                ("制作时间", f"{made}（UTC）"),
            ]
        ),
        Spacer(1, 14),
        para("打开评查包时输入的口令：", s.body),
        Spacer(1, 4),
        para(slip.passphrase, big),
        Spacer(1, 6),
        para(f"评查组签名密钥指纹：{grouped_fingerprint(slip.panel_fingerprint)}", s.small),
        para("口令的后三组取自此指纹：由其他密钥签名的评查包，程序拒绝打开。", s.hint),
        Spacer(1, 14),
        para(
            "请与U盘分开交接、分开保管：拿到U盘和本口令单的人可以阅读全部案卷，"
            "并以您的名义导出评分文件。评查结束后请销毁本单。大小写、空格和连字符不影响输入。",
            s.small,
        ),
        Spacer(1, 24),
        signature_line("领取人"),
    ]
    return f"口令单 · {slip.reviewer_id}", flowables
