"""The single papers of a synthetic dossier besides the two records: the filing and closing approval
forms, letters and their service receipts, site photos, the monitoring report, the payment slip and
the published decision. ``app.demo.dossier_docs.build_documents`` binds them in order; each paper
draws from ``rng`` only where it says, so a seed gives the same dossier."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.demo import dossier_prose as text
from app.demo.dossier_blocks import (
    SIGN,
    Block,
    Document,
    Para,
    Photo,
    Seal,
    Signatures,
    WebPage,
    grid,
    header,
    prose,
)
from app.demo.dossier_prose import ViolationText, amount_in_words, cn_date, cn_time
from app.demo.dossier_text import REGIONS, Defect, DossierSpec, Officer, Region


def region_of(spec: DossierSpec) -> Region:
    return next((r for r in REGIONS if r.city == spec.city), REGIONS[0])


def opinion(words: str, who: str, when: date) -> str:
    return f"{words}\n\n签名：{who}        {cn_date(when)}"


def letter(
    spec: DossierSpec, values: dict[str, str], title: str, number: str, when: date, template: str
) -> Document:
    return Document(title, number, cn_date(when), (*header(spec, title), *prose(template, values)))


def receipt(spec: DossierSpec, doc_title: str, number: str, served: date) -> Document:
    party = spec.party
    rows = grid(
        (1.4, 4.0),
        (40.0, ("送达文书名称及文号", f"《{doc_title}》（{number}）")), (34.0, ("受送达人", party.name)),
        (40.0, ("送达地点", party.address)), (34.0, ("送达方式", "直接送达")),
        (70.0, ("受送达人签名或盖章", f"{SIGN}{cn_date(served)}")), (70.0, ("送达人签名", f"{SIGN}{cn_date(served)}")),
        (40.0, ("见证人", "")), (60.0, ("备注", "")),
        size=12,
    )  # fmt: skip
    return Document(
        "送达回证", "", cn_date(served), (*header(spec, "送达回证"), Para("", space_before=6), rows)
    )


def filing_form(
    spec: DossierSpec, vt: ViolationText, filed: date, approvers: tuple[str, str], cause: str, handlers: str
) -> Document:
    party = spec.party
    brief = f"{cn_date(spec.inspection_start)}，我局执法人员对{party.name}进行现场检查，发现{vt.summary}，涉嫌违反{vt.law_violated}的规定。"
    return Document("立案审批表", "", cn_date(filed), (
        *header(spec, "立案审批表"),
        Para(f"案件编号：{spec.case_number}", 10.5, "right", space_before=6),
        grid(
            (1.2, 2.2, 1.2, 2.2),
            ("案件来源", "日常监督检查", "受案时间", cn_date(spec.inspection_start)), ("当事人", party.name),
            ("法定代表人", party.legal_representative, "联系电话", party.phone), ("地址", party.address),
            ("统一社会信用代码", party.credit_code), ("案由", cause), (110.0, ("简要案情", brief)),
            (80.0, ("承办人意见", opinion("建议立案调查。", handlers, filed))),
            (80.0, ("审核意见", opinion(f"同意立案，由{handlers}承办。", approvers[0], filed))),
            (80.0, ("审批意见", opinion("同意。", approvers[1], filed))), (40.0, ("备注", "")),
        ),
    ))  # fmt: skip


def authorisation(when: datetime, values: dict[str, str]) -> Document:
    blocks = (
        Para("授权委托书", 20, "center", space_before=30),
        Para("", space_before=10),
        *prose(text.AUTHORISATION, values),
    )
    return Document("授权委托书", "", cn_date(when), blocks)


def site_photos(
    spec: DossierSpec, photos: list[tuple[str, str]], rng: random.Random, asker: Officer, recorder: Officer
) -> Document:
    """The photo sheets; ``rng``: a few minutes between shots."""
    shots: list[Block] = [Para("现场照片", 20, "center")]
    shot = spec.inspection_start
    for i, (subject, kind) in enumerate(photos, 1):
        shot += timedelta(minutes=rng.randint(2, 9))
        number = "" if Defect.INSPECTION_PHOTOS_UNNUMBERED in spec.defects else f"1-{i}"
        shots.append(
            Photo(
                number,
                f"{cn_date(shot)}{cn_time(shot)}",
                spec.party.name,
                f"{asker.name}、{recorder.name}",
                subject,
                kind,
            )
        )
    return Document("现场照片", "", cn_date(spec.inspection_start), tuple(shots))


def monitoring_report(
    spec: DossierSpec, vt: ViolationText, samples: list[str], plant: str, mark: str, rng: random.Random
) -> Document:
    """The monitoring station's report; ``rng``: the other samples' values, then the report's number."""
    assert vt.monitoring is not None
    pollutant, value, limit, standard = vt.monitoring
    station, sampled, point = f"{spec.city}环境监测站", spec.inspection_start, mark.lstrip("×")
    reported = sampled + timedelta(days=3)
    results = [
        (
            s,
            point if i == 0 else plant,
            pollutant,
            value if i == 0 else f"{float(value) * rng.uniform(0.85, 1.1):.4g}",
            limit,
            "超标",
        )
        for i, s in enumerate(samples)
    ]
    return Document("监测报告", f"{region_of(spec).short}环监〔{sampled.year}〕{rng.randint(100, 900)}号", cn_date(reported), (
        Para(station, 14, "center"),
        Para("监 测 报 告", 22, "center", space_before=6),
        grid(
            (1.3, 3.0, 1.3, 2.0),
            ("委托单位", spec.agency, "监测类别", "执法监测"), ("受检单位", spec.party.name),
            ("采样日期", cn_date(sampled), "分析日期", cn_date(sampled + timedelta(days=1))), ("执行标准", standard),
        ),
        Para("监测结果", 12, "center", space_before=10),
        grid(
            (1.6, 1.6, 1.4, 1.2, 1.2, 1.0),
            ("样品编号", "采样位置", "监测项目", "监测结果", "标准限值", "评价"),
            *results,
            centered=(0, 1, 2, 3, 4, 5),
        ),
        Para("注：监测结果单位为毫克/升。", 10, space_before=4),
        Para(f"监测结论：受检单位{point}所采废水样品中{pollutant}浓度超过{standard}规定的排放限值。", indent=True, space_before=8),
        Signatures(("编制", "审核", "签发")),
        Seal(station, cn_date(reported)),
    ))  # fmt: skip


def payment_slip(spec: DossierSpec, paid: date) -> Document:
    return Document("罚款缴纳凭证", "", cn_date(paid), (
        Para(f"{region_of(spec).province}非税收入一般缴款书", 16, "center", space_before=20),
        Para("", space_before=6),
        grid(
            (1.2, 4.0),
            ("执收单位", spec.agency), ("缴款人", spec.party.name), ("项目名称", "罚没收入（环境保护罚没收入）"),
            ("金额（大写）", amount_in_words(spec.penalty_amount)), ("金额（小写）", f"￥{spec.penalty_amount:,}.00"),
            ("缴款日期", cn_date(paid)),
        ),
        Seal(f"{spec.city}农村商业银行", cn_date(paid)),
    ))  # fmt: skip


def publication(spec: DossierSpec, published: date, values: dict[str, str], rng: random.Random) -> Document:
    """The decision as the agency's website shows it; ``rng``: the page's number in its address."""
    domain = region_of(spec).domain
    url = f"http://sthjj.{domain}.gov.cn/xxgk/xzcf/{published:%Y%m}/t{published:%Y%m%d}_{rng.randint(10000, 99999)}.html"
    body = tuple(text.PUBLICATION.format(**values).strip().splitlines())
    page = WebPage(
        f"{spec.agency}门户网站",
        url,
        f"行政处罚决定书（{spec.case_number}）",
        cn_date(published),
        body,
    )
    return Document("信息公开截图", "", cn_date(published), (page,))


def closing_form(
    spec: DossierSpec,
    closed: date,
    paid: date,
    approvers: tuple[str, str],
    cause: str,
    amount: str,
    handlers: str,
) -> Document:
    return Document("结案审批表", "", cn_date(closed), (
        *header(spec, "结案审批表"),
        Para("", space_before=6),
        grid(
            (1.3, 5.0),
            ("案由", cause), ("当事人", spec.party.name), ("处罚决定书文号", spec.case_number), (40.0, ("处罚内容", amount)),
            (60.0, ("执行情况", f"当事人已于{cn_date(paid)}缴纳罚款人民币{spec.penalty_amount:,}元，违法行为已改正。")),
            (80.0, ("承办人意见", opinion("处罚决定已执行完毕，建议结案。", handlers, closed))),
            (80.0, ("审核意见", opinion("同意结案。", approvers[0], closed))),
            (80.0, ("审批意见", opinion("同意。", approvers[1], closed))),
            size=11,
        ),
    ))  # fmt: skip
