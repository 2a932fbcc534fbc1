"""Who and what a synthetic demo dossier is about: the spec, its planted defects and its random generator.

Plain data, no PDF code. :func:`random_spec` draws a :class:`DossierSpec` (names, dates,
violation, planted defects) from a seed; app.demo.dossier_docs turns a spec into the
documents of a case file (their wording is in app.demo.dossier_prose) and :mod:`app.demo.pdf_maker`
draws them.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple


class Violation(StrEnum):
    """The kinds of violation a demo dossier can be about."""

    EXCESS_DISCHARGE = "超标排放"
    BUILT_WITHOUT_EIA = "未批先建"
    HIDDEN_PIPE = "私设暗管"
    FACILITY_NOT_RUNNING = "不正常运行污染防治设施"
    HAZARDOUS_WASTE_STORAGE = "未按规定贮存危险废物"


INSPECTION_RECORD = "现场检查（勘察）笔录"
INTERROGATION_RECORD = "调查询问笔录"
DECISION = "行政处罚决定书"


class Defect(StrEnum):
    """A realistic flaw planted in a dossier, for reviewers to deduct for."""

    INSPECTION_NO_END_TIME = "inspection_no_end_time"
    INSPECTION_CERTIFICATE_MISSING = "inspection_certificate_missing"
    INSPECTION_NO_RECUSAL_NOTICE = "inspection_no_recusal_notice"
    INSPECTION_CONCLUSION = "inspection_conclusion"
    INSPECTION_PHOTOS_UNNUMBERED = "inspection_photos_unnumbered"
    INSPECTION_PAGE_UNSIGNED = "inspection_page_unsigned"
    INTERROGATION_NO_END_TIME = "interrogation_no_end_time"
    INTERROGATION_NO_RECUSAL_NOTICE = "interrogation_no_recusal_notice"
    INTERROGATION_LEADING_QUESTION = "interrogation_leading_question"
    INTERROGATION_NO_CONFIRMATION = "interrogation_no_confirmation"
    INTERROGATION_NO_AUTHORISATION = "interrogation_no_authorisation"
    SINGLE_OFFICER = "single_officer"
    DECISION_NO_LEGAL_BASIS = "decision_no_legal_basis"

    @property
    def document(self) -> str:
        """The document (Chinese title) that holds the defect."""
        return _DEFECT_INFO[self][0]

    @property
    def label(self) -> str:
        """A reviewer's deduction reason for the defect, in Chinese."""
        return _DEFECT_INFO[self][1]

    @property
    def grave(self) -> bool:
        """True for the 'five grave defects' kind (the dossier scores 0)."""
        return self in (Defect.SINGLE_OFFICER, Defect.DECISION_NO_LEGAL_BASIS)


_DEFECT_INFO: dict[Defect, tuple[str, str]] = {
    Defect.INSPECTION_NO_END_TIME: (INSPECTION_RECORD, "现场检查笔录未记载检查结束时间"),
    Defect.INSPECTION_CERTIFICATE_MISSING: (INSPECTION_RECORD, "现场检查笔录中一名执法人员未记载执法证号"),
    Defect.INSPECTION_NO_RECUSAL_NOTICE: (INSPECTION_RECORD, "现场检查笔录未告知当事人申请回避的权利"),
    Defect.INSPECTION_CONCLUSION: (INSPECTION_RECORD, "现场检查笔录中有定性结论，表述不客观"),
    Defect.INSPECTION_PHOTOS_UNNUMBERED: (INSPECTION_RECORD, "现场检查笔录未记载照片数量及编号"),
    Defect.INSPECTION_PAGE_UNSIGNED: (INSPECTION_RECORD, "现场检查笔录第1页无被检查人签字，也未注明拒签"),
    Defect.INTERROGATION_NO_END_TIME: (INTERROGATION_RECORD, "调查询问笔录未记载询问结束时间"),
    Defect.INTERROGATION_NO_RECUSAL_NOTICE: (
        INTERROGATION_RECORD,
        "调查询问笔录未告知被询问人申请回避的权利",
    ),
    Defect.INTERROGATION_LEADING_QUESTION: (INTERROGATION_RECORD, "调查询问笔录存在诱导性提问"),
    Defect.INTERROGATION_NO_CONFIRMATION: (
        INTERROGATION_RECORD,
        "调查询问笔录末尾无被询问人“以上笔录我已看过，与我所说相符”的确认",
    ),
    Defect.INTERROGATION_NO_AUTHORISATION: (
        INTERROGATION_RECORD,
        "被询问人代表单位接受询问，卷内无授权委托书",
    ),
    Defect.SINGLE_OFFICER: (INSPECTION_RECORD, "现场检查仅有一名执法人员"),
    Defect.DECISION_NO_LEGAL_BASIS: (DECISION, "行政处罚决定书未引用处罚依据"),
}


class Officer(NamedTuple):
    """An enforcement officer; an empty certificate means the number is not on record."""

    name: str
    certificate: str


@dataclass(frozen=True)
class Party:
    """The party (当事人): the entity, its legal representative and the person met on site."""

    name: str
    legal_representative: str
    address: str
    credit_code: str
    on_site_person: str
    on_site_id_number: str
    on_site_post: str
    phone: str


DOSSIER_TYPES = ("一般行政处罚案卷", "适用四个配套办法案卷", "移送公安机关案卷")


@dataclass(frozen=True)
class DossierSpec:
    """Everything that identifies one synthetic dossier; ``defects`` are the flaws planted in it.

    ``defects`` is normalised to what the PDF shows: fewer than two officers adds
    ``SINGLE_OFFICER``, an empty certificate adds ``INSPECTION_CERTIFICATE_MISSING``, and a
    defect that cannot show (no authorisation letter when the legal representative answers
    in person) is dropped.
    """

    case_number: str
    title: str
    party: Party
    officers: tuple[Officer, ...]
    agency: str
    city: str
    inspection_start: datetime
    inspection_end: datetime
    inspection_place: str
    violation: Violation
    dossier_type: str = DOSSIER_TYPES[0]
    penalty_amount: int = 100_000
    publicised: bool = True
    defects: frozenset[Defect] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Accept lists/sets from callers but keep the dataclass hashable.
        officers = tuple(Officer(*o) for o in self.officers)
        if not officers:
            raise ValueError("a dossier needs at least one officer")
        # Keep ``defects`` true to what the PDF will show, whatever the caller asked for.
        defects = {Defect(d) for d in self.defects}
        if len(officers) < 2:
            defects.add(Defect.SINGLE_OFFICER)
        if Defect.SINGLE_OFFICER in defects:
            defects.discard(Defect.INSPECTION_CERTIFICATE_MISSING)
        elif not all(o.certificate for o in officers[:3]):
            defects.add(Defect.INSPECTION_CERTIFICATE_MISSING)
        if self.party.on_site_person == self.party.legal_representative:
            defects.discard(Defect.INTERROGATION_NO_AUTHORISATION)
        object.__setattr__(self, "officers", officers)
        object.__setattr__(self, "defects", frozenset(defects))


# --- pools for random specs ------------------------------------------------------------------

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙陶黎贺顾毛郝龚邵钱严武戴孔汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华兰建国志红文斌海波宇辉鹏飞俊峰雪琳晨浩欣怡佳永春新立德荣庆玲燕凤云利成东亮"
_BRANDS = "华泰恒达金源鑫盛宏远天润永信明辉瑞丰新宇达利祥和中联海晟同创佳美富康嘉禾润通广源宝丰盛达"


@dataclass(frozen=True)
class Region:
    province: str
    city: str
    short: str
    case_prefix: str
    code: str
    domain: str
    districts: tuple[str, ...]
    roads: tuple[str, ...]


_REGION_TABLE = """
江苏省|南通市|南通|通环罚|3206|nantong|崇川区 通州区 如东县 海门区|经济技术开发区通盛大道 工业园区纬三路 沿海化工园区海滨四路
江苏省|盐城市|盐城|盐环罚|3209|yancheng|亭湖区 盐都区 大丰区 射阳县|环保产业园文港路 城南新区新都路 开发区希望大道
江西省|九江市|九江|九环罚|3604|jiujiang|濂溪区 浔阳区 瑞昌市 湖口县|经济技术开发区长江大道 城西港区港兴路 金砂湾工业园纬二路
新疆维吾尔自治区|昌吉回族自治州|昌吉|昌州环罚|6523|cj|昌吉市 阜康市 玛纳斯县|高新区北京南路 准东开发区五彩湾路 工业园区建设路
山东省|泰安市|泰安|泰环罚|3709|taian|泰山区 岱岳区 新泰市 肥城市|高新区凤天路 岱岳经济开发区泰山大街 肥城高新区新城路
新疆维吾尔自治区|巴音郭楞蒙古自治州|库尔勒|巴州环罚|6528|bz|库尔勒市 轮台县 尉犁县 和静县|经济技术开发区天山东路 上库综合产业园石化大道 工业园区建国北路
"""


def _region(line: str) -> Region:
    province, city, short, prefix, code, domain, districts, roads = line.split("|")
    return Region(province, city, short, prefix, code, domain, tuple(districts.split()), tuple(roads.split()))


REGIONS = tuple(_region(line) for line in _REGION_TABLE.strip().splitlines())

_INDUSTRIES: dict[Violation, tuple[str, ...]] = {
    Violation.EXCESS_DISCHARGE: ("印染", "电镀", "食品"),
    Violation.BUILT_WITHOUT_EIA: ("塑料制品", "家具制造", "金属制品"),
    Violation.HIDDEN_PIPE: ("电镀", "纺织印染", "酿造"),
    Violation.FACILITY_NOT_RUNNING: ("铸造", "涂装", "橡胶制品"),
    Violation.HAZARDOUS_WASTE_STORAGE: ("机械加工", "汽车维修", "表面处理"),
}

_CAUSES: dict[Violation, str] = {
    Violation.EXCESS_DISCHARGE: "超过水污染物排放标准排放水污染物",
    Violation.BUILT_WITHOUT_EIA: "建设项目环境影响评价文件未经批准擅自开工建设",
    Violation.HIDDEN_PIPE: "通过私设暗管逃避监管排放水污染物",
    Violation.FACILITY_NOT_RUNNING: "不正常运行大气污染防治设施",
    Violation.HAZARDOUS_WASTE_STORAGE: "未按照国家环境保护标准贮存危险废物",
}

_POSTS = ("生产厂长", "副总经理", "环保负责人", "安全环保部经理", "行政主管")


def _pick_pair(rng: random.Random, pairs: str) -> str:
    k = rng.randrange(len(pairs) // 2)
    return pairs[2 * k : 2 * k + 2]


def person_name(rng: random.Random) -> str:
    """A plausible Chinese personal name."""
    given = rng.choice(_GIVEN) + (rng.choice(_GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(_SURNAMES) + given


def id_number(rng: random.Random, region_code: str, year: int) -> str:
    """An 18-character resident ID number with a valid check character."""
    birth = datetime(rng.randint(year - 58, year - 25), rng.randint(1, 12), rng.randint(1, 28))
    body = f"{region_code}{rng.randint(1, 12):02d}{birth:%Y%m%d}{rng.randint(1, 999):03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def _credit_code(rng: random.Random, region_code: str) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return f"91{region_code}{rng.randint(1, 12):02d}MA" + "".join(rng.choice(chars) for _ in range(8))


def agency_name(city: str, year: int) -> str:
    """The city's environmental agency under the name it had that year (renamed in 2019)."""
    return f"{city}{'生态环境局' if year >= 2019 else '环境保护局'}"


def random_spec(
    seed: int,
    *,
    violation: Violation | None = None,
    year: int | None = None,
    officers: list[tuple[str, str]] | tuple[Officer, ...] | None = None,
    defects: frozenset[Defect] | set[Defect] | None = None,
    **overrides: object,
) -> DossierSpec:
    """A deterministic random spec for ``seed``.

    ``violation``, ``year`` and ``officers`` steer the draw (names, titles and dates stay
    consistent with them); ``defects`` replaces the randomly planted ones (pass an empty set for
    a clean dossier); any other ``DossierSpec`` field can be overridden by keyword.
    """
    rng = random.Random(f"dossier-spec-{seed}")
    agency = overrides.pop("agency", None)
    if agency is not None and not isinstance(agency, str):
        raise TypeError("agency must be a str")
    # An agency given by the caller fixes the region (when known) and the city named in the texts.
    region = next((r for r in REGIONS if agency and r.short in agency), None) or rng.choice(REGIONS)
    violation = violation or rng.choice(list(Violation))
    year = year or rng.randint(2020, 2024)
    district = next((d for d in region.districts if agency and d in agency), None) or rng.choice(
        region.districts
    )
    industry = rng.choice(_INDUSTRIES[violation])
    company = f"{region.short}{_pick_pair(rng, _BRANDS)}{industry}有限公司"
    address = f"{region.province}{region.city}{district}{rng.choice(region.roads)}{rng.randint(1, 288)}号"
    legal_rep = person_name(rng)
    on_site = legal_rep if rng.random() < 0.25 else person_name(rng)
    party = Party(
        name=company,
        legal_representative=legal_rep,
        address=address,
        credit_code=_credit_code(rng, region.code),
        on_site_person=on_site,
        on_site_id_number=id_number(rng, region.code, year),
        on_site_post="法定代表人" if on_site == legal_rep else rng.choice(_POSTS),
        phone=f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}",
    )
    if officers is None:
        officers = tuple(
            Officer(person_name(rng), f"{region.code}{year % 100:02d}{rng.randint(1, 9999):04d}")
            for _ in range(rng.choice((2, 2, 3)))
        )
    start = datetime(
        year, rng.randint(1, 10), rng.randint(1, 28), rng.randint(8, 10), rng.choice((0, 10, 20, 30, 40, 50))
    )
    end = start + timedelta(minutes=rng.randint(45, 150))
    number = rng.randint(3, 160)
    dossier_type = rng.choices(DOSSIER_TYPES, weights=(6, 3, 1 if violation == Violation.HIDDEN_PIPE else 0))[
        0
    ]
    if violation == Violation.HIDDEN_PIPE and rng.random() < 0.5:
        dossier_type = "移送公安机关案卷"
    if defects is None:
        defects = _random_defects(rng)
    spec = DossierSpec(
        case_number=f"{region.case_prefix}〔{year}〕{number}号",
        title=f"{company}{_CAUSES[violation]}案",
        party=party,
        officers=tuple(Officer(*o) for o in officers),
        agency=agency or agency_name(region.city, year),
        city=(agency or "").removesuffix("生态环境局").removesuffix("环境保护局") or region.city,
        inspection_start=start,
        inspection_end=end,
        inspection_place=f"{company}厂区（{address}）",
        violation=violation,
        dossier_type=dossier_type,
        penalty_amount=rng.choice((5, 8, 10, 12, 15, 20, 25, 30, 40, 50)) * 10_000,
        publicised=rng.random() < 0.85,
        defects=frozenset(defects),
    )
    return dataclasses.replace(spec, **overrides) if overrides else spec  # type: ignore[arg-type]


def _random_defects(rng: random.Random) -> set[Defect]:
    count = rng.choices((0, 1, 2, 3), weights=(25, 35, 25, 15))[0]
    ordinary = [d for d in Defect if not d.grave]
    chosen = set(rng.sample(ordinary, count))
    if rng.random() < 0.08:
        chosen.add(rng.choice([d for d in Defect if d.grave]))
    return chosen
