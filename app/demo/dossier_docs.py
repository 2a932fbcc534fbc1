"""The documents of a synthetic case file, as simple layout blocks (no PDF code here).

:func:`build_documents` lays out a dossier from the filing approval to the closing approval in
the order real files are bound, planting the spec's defects; :func:`build_cover` and
:func:`build_contents` make the cover and the table of contents once page numbers are known.
In paragraph text ``[[...]]`` marks a filled-in value, underlined as on a printed form.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.demo import dossier_prose as text
from app.demo.dossier_blocks import BLANK, Block, Document, Footer, Para, Sketch, cert, grid, header, rp
from app.demo.dossier_papers import (
    authorisation,
    closing_form,
    filing_form,
    letter,
    monitoring_report,
    payment_slip,
    publication,
    receipt,
    site_photos,
)
from app.demo.dossier_prose import ViolationText, amount_in_words, cn_date, cn_time, violation_text
from app.demo.dossier_text import (
    INSPECTION_RECORD,
    INTERROGATION_RECORD,
    Defect,
    DossierSpec,
    Violation,
    person_name,
)


@dataclass(frozen=True)
class Timeline:
    filed: date
    interrogation_start: datetime
    interrogation_end: datetime
    report: date
    notice: date
    notice_served: date
    decision: date
    decision_served: date
    paid: date
    published: date
    closed: date
    approvers: tuple[str, str]


def make_timeline(spec: DossierSpec, rng: random.Random) -> Timeline:
    """Dates of the steps after the inspection, in a plausible order."""
    day = spec.inspection_start.date()
    filed = day + timedelta(days=rng.randint(1, 4))
    q_day, q_hour = (
        (day, 14)
        if rng.random() < 0.4
        else (filed + timedelta(days=rng.randint(1, 5)), rng.choice((9, 10, 15)))
    )
    q_start = datetime(q_day.year, q_day.month, q_day.day, q_hour, rng.choice((0, 10, 20, 30)))
    report = q_day + timedelta(days=rng.randint(8, 20))
    notice = report + timedelta(days=rng.randint(3, 10))
    notice_served = notice + timedelta(days=rng.randint(0, 3))
    decision = notice_served + timedelta(days=rng.randint(8, 25))
    decision_served = decision + timedelta(days=rng.randint(0, 4))
    paid = decision_served + timedelta(days=rng.randint(3, 14))
    return Timeline(
        filed=filed,
        interrogation_start=q_start,
        interrogation_end=q_start + timedelta(minutes=rng.randint(40, 110)),
        report=report,
        notice=notice,
        notice_served=notice_served,
        decision=decision,
        decision_served=decision_served,
        paid=paid,
        published=decision + timedelta(days=rng.randint(2, 7)),
        closed=paid + timedelta(days=rng.randint(5, 20)),
        approvers=(person_name(rng), person_name(rng)),
    )


def _inspection(spec: DossierSpec, vt: ViolationText, extra: dict[str, str]) -> Document:
    d, party = spec.defects, spec.party
    officers = spec.officers[:1] if Defect.SINGLE_OFFICER in d else spec.officers[:3]
    start = spec.inspection_start
    end_text = "     时     分" if Defect.INSPECTION_NO_END_TIME in d else cn_time(spec.inspection_end)
    certs = [cert(o) for o in officers]
    if (
        Defect.INSPECTION_CERTIFICATE_MISSING in d
        and len(officers) > 1
        and all(o.certificate for o in officers)
    ):
        certs[-1] = BLANK
    inspectors = "  ".join(f"[[{o.name}]] 执法证号：[[{c}]]" for o, c in zip(officers, certs, strict=True))
    notice = (
        f"告知事项：我们是{spec.agency}的执法人员，已向你出示执法证件（证号见上），现依法对你单位进行现场检查，"
        "请予配合。你单位有如实提供情况、接受检查的义务，对检查结果有陈述和申辩的权利"
    )
    if Defect.INSPECTION_NO_RECUSAL_NOTICE in d:
        notice += "。你听清楚了吗？答：[[听清楚了。]]"
    else:
        notice += (
            "；执法人员少于两人或者与本案有直接利害关系的，你有权申请回避。你是否申请回避？答：[[不申请。]]"
        )
    facts = [*vt.facts, vt.conclusion] if Defect.INSPECTION_CONCLUSION in d else list(vt.facts)
    if Defect.INSPECTION_PHOTOS_UNNUMBERED in d:
        evidence = "现场拍摄了照片" + ("，采集了水样。" if extra["samples"] else "。")
    else:
        evidence = f"现场拍摄照片{extra['photos']}张（编号1-1至1-{extra['photos']}）"
        evidence += (
            f"；采集废水样品（样品编号{extra['samples']}），当场加贴封条。" if extra["samples"] else "。"
        )
    blocks: tuple[Block, ...] = (
        *header(spec, INSPECTION_RECORD),
        rp(f"检查时间：[[{cn_date(start)}{cn_time(start)}]]至[[{end_text}]]", space_before=8),
        rp(f"检查地点：[[{spec.inspection_place}]]"),
        rp(f"被检查单位：[[{party.name}]]"),
        rp(f"统一社会信用代码：[[{party.credit_code}]]"),
        rp(f"法定代表人（负责人）：[[{party.legal_representative}]]    联系电话：[[{party.phone}]]"),
        rp(
            f"现场负责人：[[{party.on_site_person}]]  职务：[[{party.on_site_post}]]  身份证号码：[[{party.on_site_id_number}]]"
        ),
        rp(f"检查人：{inspectors}"),
        rp(f"记录人：[[{officers[1 if len(officers) > 1 else 0].name}]]"),
        rp(notice, indent=True),
        rp("现场检查情况：", space_before=4),
        *(rp(f"{i}. {f}", indent=True) for i, f in enumerate(facts, 1)),
        rp(f"取证情况：{evidence}", indent=True),
        rp("执法人员当场责令被检查单位立即改正违法行为，并告知将依法进一步调查处理。", indent=True),
        Sketch(("生产车间", "办公楼", "仓库", extra["plant"]), extra["mark"]),
        rp("（以下空白）", align="center"),
        rp(f"被检查单位意见：[[以上情况属实。{party.on_site_person}]]", space_before=6),
    )
    unsigned = frozenset({0}) if Defect.INSPECTION_PAGE_UNSIGNED in d else frozenset()
    footer = Footer(("被检查人签字", "检查人签字", "记录人签字"), unsigned)
    return Document(INSPECTION_RECORD, "", cn_date(start), blocks, footer)


def _interrogation(
    spec: DossierSpec, rng: random.Random, tl: Timeline, vt: ViolationText, extra: dict[str, str]
) -> Document:
    d, party = spec.defects, spec.party
    asker = spec.officers[0]
    recorder = spec.officers[1] if len(spec.officers) > 1 else asker
    start = tl.interrogation_start
    end_text = "     时     分" if Defect.INTERROGATION_NO_END_TIME in d else cn_time(tl.interrogation_end)
    is_rep = party.on_site_person == party.legal_representative
    idn = party.on_site_id_number
    sex = "男" if int(idn[16]) % 2 else "女"
    relation = "当事人单位法定代表人" if is_rep else f"当事人单位{party.on_site_post}（受委托人）"
    identity = f"我叫{party.on_site_person}，是{party.name}的{party.on_site_post}"
    if is_rep:
        identity = f"我叫{party.on_site_person}，是{party.name}的法定代表人。"
    elif Defect.INTERROGATION_NO_AUTHORISATION in d:
        identity += "，今天代表公司接受调查。"
    else:
        identity += f"，受公司法定代表人{party.legal_representative}的委托接受调查，这是授权委托书。"
    qa = list(vt.qa)
    extra_qa = [text.EXTRA_QA[0], *rng.sample(text.EXTRA_QA[1:], int(extra["more_questions"]))]
    if Defect.INTERROGATION_LEADING_QUESTION in d:
        qa.insert(2, vt.leading)
    pairs = [
        (
            f"我们是{spec.agency}的执法人员{asker.name}、{recorder.name}，这是我们的执法证件，请你过目。"
            f"现依法就{party.name}涉嫌环境违法一事向你进行调查询问，请你如实回答问题，不得作虚假陈述，"
            "否则要承担相应的法律责任。你听清楚了吗？",
            "听清楚了，证件看过了。",
        ),
        ("执法人员少于两人或者与本案有直接利害关系的，你有权申请回避。你是否申请回避？", "不申请。"),
        ("请说明你的身份以及你与本案的关系。", identity),
        (
            "请介绍一下你单位的基本情况。",
            f"我公司成立于{start.year - rng.randint(2, 15)}年，法定代表人是{party.legal_representative}，"
            f"现有员工{rng.randint(20, 400)}人，平时正常生产。",
        ),
        *qa,
        *extra_qa,
        (
            f"{cn_date(spec.inspection_start)}我局执法人员对你单位进行现场检查，制作了《现场检查（勘察）笔录》，"
            f"拍摄了照片{extra['photos']}张{extra['sample_note']}，你是否看过？有无异议？",
            "看过了，没有异议。",
        ),
        ("对上述问题，你还有什么需要补充说明的吗？", "我们认识到了问题，会立即整改，请求从轻处理。"),
    ]
    if Defect.INTERROGATION_NO_RECUSAL_NOTICE in d:
        del pairs[1]
    closing = (
        ()
        if Defect.INTERROGATION_NO_CONFIRMATION in d
        else (rp(f"被询问人：[[以上笔录我已看过，与我所说相符。{party.on_site_person}]]", space_before=6),)
    )
    blocks: tuple[Block, ...] = (
        *header(spec, INTERROGATION_RECORD),
        rp(f"询问时间：[[{cn_date(start)}{cn_time(start)}]]至[[{end_text}]]", space_before=8),
        rp(f"询问地点：[[{rng.choice((f'{spec.agency}询问室', f'{party.name}会议室'))}]]"),
        rp(
            f"询问人：[[{asker.name}]] 执法证号：[[{cert(asker)}]]    记录人：[[{recorder.name}]] 执法证号：[[{cert(recorder)}]]"
        ),
        rp(
            f"被询问人：[[{party.on_site_person}]]  性别：[[{sex}]]  年龄：[[{start.year - int(idn[6:10])}]]  联系电话：[[{party.phone}]]"
        ),
        rp(f"身份证号码：[[{idn}]]  职务：[[{party.on_site_post}]]"),
        rp(f"工作单位：[[{party.name}]]"),
        rp(f"与本案关系：[[{relation}]]"),
        *(rp(f"{tag}：{line}", indent=True) for q, a in pairs for tag, line in (("问", q), ("答", a))),
        rp("（以下空白）", align="center"),
        *closing,
    )
    return Document(
        INTERROGATION_RECORD, "", cn_date(start), blocks, Footer(("被询问人签字", "询问人签字", "记录人签字"))
    )


_SITE_PLAN = {
    Violation.EXCESS_DISCHARGE: ("污水处理站", "×总排口"),
    Violation.HIDDEN_PIPE: ("调节池", "×暗管出口"),
    Violation.FACILITY_NOT_RUNNING: ("废气处理设施", "×排气筒"),
    Violation.HAZARDOUS_WASTE_STORAGE: ("危废暂存间", "×露天堆放处"),
    Violation.BUILT_WITHOUT_EIA: ("新建厂房", "×新建车间"),
}


def build_documents(spec: DossierSpec, rng: random.Random) -> tuple[list[Document], Timeline]:
    """The dossier's documents after the cover and contents, in binding order."""
    tl = make_timeline(spec, rng)
    vt = violation_text(spec.violation, rng, spec.inspection_start, spec.penalty_amount, spec.party.name)
    party, d = spec.party, spec.defects
    samples = [
        f"W{spec.inspection_start:%Y%m%d}-{i:02d}"
        for i in range(1, 3 if spec.violation == Violation.EXCESS_DISCHARGE else 2)
    ]
    photos = list(vt.photos) + [(f"{s}（近景）", k) for s, k in rng.sample(vt.photos[1:], rng.randint(0, 2))]
    more_questions = rng.randint(0, 8)
    # Optional papers are added only while the file stays within 20 pages (estimated here).
    pages = 12 + (len(photos) + 1) // 2 + (more_questions >= 5) + bool(vt.monitoring) + spec.publicised
    pages += (spec.dossier_type != "一般行政处罚案卷") + (party.on_site_person != party.legal_representative)
    plant, mark = _SITE_PLAN[spec.violation]
    extra = {
        "photos": str(len(photos)),
        "samples": "、".join(samples) if vt.monitoring else "",
        "sample_note": f"，采集了废水样品{len(samples)}个" if vt.monitoring else "",
        "plant": plant,
        "mark": mark,
        "more_questions": str(more_questions),
    }
    asker = spec.officers[0]
    recorder = spec.officers[1] if len(spec.officers) > 1 else asker
    handlers = "、".join(o.name for o in spec.officers[:2])
    cause = spec.title.removeprefix(party.name).removesuffix("案")
    amount = f"罚款人民币{amount_in_words(spec.penalty_amount)}（￥{spec.penalty_amount:,}.00）"
    notice_number = (
        spec.case_number.replace("环罚〔", "环罚告〔")
        if "环罚〔" in spec.case_number
        else f"{spec.case_number}-告"
    )
    values = _values(
        spec, tl, vt, rng, cause=cause, amount=amount, handlers=handlers, notice_number=notice_number
    )
    values["photos"] = extra["photos"]

    docs = [filing_form(spec, vt, tl.filed, tl.approvers, cause, handlers), _inspection(spec, vt, extra)]
    if party.on_site_person != party.legal_representative and Defect.INTERROGATION_NO_AUTHORISATION not in d:
        docs.append(authorisation(tl.interrogation_start, values))
    docs.append(_interrogation(spec, rng, tl, vt, extra))
    docs.append(site_photos(spec, photos, rng, asker, recorder))
    if vt.monitoring:
        docs.append(monitoring_report(spec, vt, samples, plant, mark, rng))
    if rng.random() < 0.7 and pages < 20:
        pages += 1
        docs.append(letter(spec, values, "案件调查报告", "", tl.report, text.REPORT))
    if spec.dossier_type == "适用四个配套办法案卷":
        seizure = values["seizure_number"]
        docs.append(
            letter(spec, values, "查封、扣押决定书", seizure, spec.inspection_start.date(), text.SEIZURE)
        )
    elif spec.dossier_type == "移送公安机关案卷":
        docs.append(letter(spec, values, "案件移送书", values["transfer_number"], tl.report, text.TRANSFER))
    docs.append(letter(spec, values, "行政处罚事先（听证）告知书", notice_number, tl.notice, text.NOTICE))
    if rng.random() < 0.6 and pages < 20:
        pages += 1
        docs.append(receipt(spec, "行政处罚事先（听证）告知书", notice_number, tl.notice_served))
    docs.append(letter(spec, values, "行政处罚决定书", spec.case_number, tl.decision, text.DECISION_TEXT))
    docs.append(receipt(spec, "行政处罚决定书", spec.case_number, tl.decision_served))
    if rng.random() < 0.5 and pages < 20:
        docs.append(payment_slip(spec, tl.paid))
    if spec.publicised:
        docs.append(publication(spec, tl.published, values, rng))
    docs.append(closing_form(spec, tl.closed, tl.paid, tl.approvers, cause, amount, handlers))
    return docs, tl


def _values(
    spec: DossierSpec,
    tl: Timeline,
    vt: ViolationText,
    rng: random.Random,
    *,
    cause: str,
    amount: str,
    handlers: str,
    notice_number: str,
) -> dict[str, str]:
    """The values the prose templates are filled with; ``rng``: the office's telephone number."""
    party, d = spec.party, spec.defects
    return {
        "party": party.name, "legal": party.legal_representative, "credit": party.credit_code, "address": party.address,
        "deputy": party.on_site_person, "post": party.on_site_post, "deputy_id": party.on_site_id_number,
        "agency": spec.agency, "city": spec.city, "cause": cause, "case_number": spec.case_number, "amount": amount,
        "summary": vt.summary, "violated": vt.law_violated, "penalty_law": vt.law_penalty, "handlers": handlers,
        "decision_basis": "有关规定" if Defect.DECISION_NO_LEGAL_BASIS in d else vt.law_penalty,
        "photos": "", "monitoring_note": "、监测报告" if vt.monitoring else "", "asker": spec.officers[0].name,
        "office_phone": f"0{rng.randint(510, 999)}-{rng.randint(1000000, 9999999)}", "notice_number": notice_number,
        "rights_law": text.rights_law(tl.notice),
        "seizure_number": spec.case_number.replace("环罚", "环封"), "transfer_number": spec.case_number.replace("环罚", "环移"),
        "inspected": cn_date(spec.inspection_start), "filed": cn_date(tl.filed), "questioned": cn_date(tl.interrogation_start),
        "reported": cn_date(tl.report), "noticed": cn_date(tl.notice), "notice_served": cn_date(tl.notice_served),
        "decided": cn_date(tl.decision),
    }  # fmt: skip


def build_cover(spec: DossierSpec, tl: Timeline, pages: int) -> tuple[Block, ...]:
    """The file cover (卷宗封面); ``pages`` is the number of numbered pages in the file."""
    handlers = "、".join(o.name for o in spec.officers[:2])
    retention = "永久" if spec.dossier_type == "移送公安机关案卷" else "长期"
    return (
        grid((1, 1, 1, 1, 1, 1), (22.0, ("全宗号", "", "目录号", "", "案卷号", "")), size=9),
        Para(spec.agency, 18, "center", space_before=60),
        Para("行 政 处 罚 案 卷", 30, "center", space_before=24),
        Para(f"（{spec.dossier_type}）", 14, "center", space_before=6),
        Para("", space_before=30),
        grid(
            (1.3, 4.2),
            (38.0, ("案卷编号", spec.case_number)), (52.0, ("案    由", spec.title)), (38.0, ("当 事 人", spec.party.name)),
            (38.0, ("立案日期", cn_date(tl.filed))), (38.0, ("结案日期", cn_date(tl.closed))),
            (38.0, ("处理结果", f"罚款人民币{spec.penalty_amount:,}元")), (38.0, ("承 办 人", handlers)),
            (38.0, ("保管期限", retention)),
            size=13,
        ),
        Para(f"本卷共 {pages} 页", 13, "center", space_before=30),
        Para(f"归档日期：{cn_date(tl.closed + timedelta(days=10))}", 13, "center", space_before=4),
    )  # fmt: skip


def build_contents(entries: list[tuple[Document, int, int]]) -> tuple[Block, ...]:
    """The table of contents (卷内目录): each document with its first and last page number."""
    rows = [
        (str(i), doc.title, doc.number, doc.date, f"{a}-{b}" if b > a else str(a), "")
        for i, (doc, a, b) in enumerate(entries, 1)
    ]
    table = grid(
        (0.55, 2.75, 2.3, 1.85, 0.75, 0.5),
        (30.0, ("序号", "文件名称", "文号", "日期", "页号", "备注")),
        *rows,
        size=10,
        centered=(0, 3, 4),
        header=True,
    )
    return (Para("卷 内 目 录", 22, "center", space_before=10), Para("", space_before=6), table)
