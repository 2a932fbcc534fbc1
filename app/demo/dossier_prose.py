"""What the synthetic dossiers' documents say: violation wording, document prose, Chinese dates and sums.

Plain text and small formatting helpers, no PDF code; app.demo.dossier_docs fills the templates in.
Split from app.demo.dossier_text (the spec and its random generator) to keep each module one idea.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.demo.dossier_text import Violation, person_name

# --- violation texts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ViolationText:
    """The violation-specific wording: site facts, questions, law and photo subjects."""

    facts: tuple[str, ...]
    conclusion: str  # a verdict that does not belong in an objective inspection record
    qa: tuple[tuple[str, str], ...]
    leading: tuple[str, str]  # a leading question and its answer
    summary: str  # the violation as stated in the notice and the decision
    law_violated: str
    law_penalty: str
    photos: tuple[tuple[str, str], ...]  # (subject, picture kind for the image generator)
    # (pollutant, measured value, limit, standard) when water was sampled and monitored
    monitoring: tuple[str, str, str, str] | None = None


# One template per violation: "key|text" lines, formatted with the values drawn in violation_text.
_VIOLATION_TEMPLATES: dict[Violation, str] = {
    Violation.EXCESS_DISCHARGE: """
fact|检查时该公司正在生产，生产车间内设备运转，有工人在岗作业。
fact|该公司建有废水处理设施一套，工艺为调节—混凝沉淀—水解酸化—接触氧化，检查时设施运行，{dosing}。
fact|该公司废水总排口位于厂区{side}侧围墙外，设有标志牌，检查时排口有废水外排，水体呈浅褐色，排入{receiver}。
fact|执法人员会同监测人员在废水总排口采集废水样品2个，现场加贴封条，由现场负责人签字确认。
fact|该公司提供了排污许可证，许可排放口为废水总排口一个。
conclusion|经现场检查，该公司超标排放水污染物，违反了《中华人民共和国水污染防治法》第十条的规定。
qa|你单位生产中产生的废水是如何处理和排放的？|生产废水经厂内污水处理站处理后，从厂区{side}侧的总排口排到{receiver}。
qa|{when}我局执法人员在你单位废水总排口采样，经监测{p}浓度为{value}毫克/升，超过{std}规定的{limit}毫克/升排放限值，你对监测结果有无异议？|没有异议。
qa|废水超标的原因是什么？|最近订单多，废水量增加，污水处理站处理能力跟不上，加药量也没有及时调整。
qa|超标废水排放了多长时间？每天排放多少？|大概从{since}开始，每天排水约{vol}吨。
qa|污水处理站平时由谁负责运行管理？|由环保专员{staff}负责，每天有运行记录。
leading|你们是不是为了节约成本，故意少投加药剂，让废水超标排放的？|是的。
summary|你单位废水总排口外排废水中{p}浓度为{value}毫克/升，超过{std}规定的排放限值（{limit}毫克/升）{ratio}倍
violated|《中华人民共和国水污染防治法》第十条
penalty|《中华人民共和国水污染防治法》第八十三条第（二）项
photo|该公司厂区大门及厂名|gate
photo|废水处理设施运行情况|facility
photo|废水总排口外排废水情况|outlet
photo|执法人员在总排口采集水样|sampling
""",
    Violation.BUILT_WITHOUT_EIA: """
fact|该公司新建生产项目位于厂区内，建有钢结构厂房两栋，建筑面积约{area}平方米。
fact|检查时生产车间内安装有生产设备{machines}台，其中大部分正在运行，有工人在岗作业，车间内堆放有原料和成品。
fact|现场负责人未能提供该项目的环境影响评价文件及审批文件。
fact|项目生产时产生的废气未经收集，经车间{side}侧门窗无组织排放。
conclusion|该项目未批先建，违法事实清楚，应当依法予以处罚。
qa|该项目什么时候开始建设？什么时候投入生产？|{since}开工建设，建成后就开始试生产了。
qa|该项目总投资多少？|总投资约{inv}万元，其中设备投资约占一半。
qa|该项目的环境影响评价文件有没有报批？|还没有。我们正在委托环评单位编制报告表，还没有报批。
qa|为什么环评文件未经批准就开工建设？|当时急于投产，以为可以先建设再补办手续。
qa|目前的生产情况怎样？产生哪些污染物？|每天生产约十个小时，主要产生废气和少量固体废物。
leading|你们明知需要环评审批，为了抢工期故意不报批，对不对？|对。
summary|你单位新建生产项目（总投资约{inv}万元）环境影响评价文件未经批准，擅自开工建设并投入生产
violated|《中华人民共和国环境影响评价法》第二十五条
penalty|《中华人民共和国环境影响评价法》第三十一条第一款
photo|该公司厂区大门及厂名|gate
photo|新建厂房外景|building
photo|生产车间设备运行情况|workshop
photo|车间内原料及成品堆放情况|drums
""",
    Violation.HIDDEN_PIPE: """
fact|检查时该公司正在生产，车间内设备运转。
fact|该公司调节池{side}侧地面有一处新近回填的痕迹。经执法人员要求，当事人安排人员开挖，发现一根直径约{d}毫米的PVC管道，一端连接调节池底部，另一端埋地通往厂区围墙外。
fact|执法人员沿管道走向查至{receiver}，找到该管道出口，检查时出口正在排放灰黑色废水。
fact|该管道不在排污许可证载明的排放口之列，现场无任何标识。
fact|检查时该公司废水处理设施在线监控数据显示出水流量为{flow}吨/小时。
fact|执法人员在暗管出口采集废水样品1个，现场加贴封条。
conclusion|该公司私设暗管偷排废水，逃避监管，情节严重，涉嫌环境违法犯罪。
qa|这根管道是谁安装的？什么时候安装的？|是{since}请外面的施工队安装的，是厂里安排的。
qa|通过这根管道排放的是什么废水？每天排放多少？|主要是调节池里没有处理的生产废水，每天大约{vol}吨，晚上排得多。
qa|为什么要安装这根管道？|污水处理站处理能力不够，生产量大的时候就从这里直接排出去。
qa|这根管道排放的废水最终流向哪里？|排到厂外的{receiver}。
qa|安装和使用这根管道是谁决定的？|是公司负责人决定的，具体由{staff}操作阀门。
leading|你们安装暗管就是为了逃避监管偷排废水，是不是？|是。
summary|你单位在调节池至厂外{receiver}之间私设暗管，将未经处理的生产废水直接外排，逃避监管
violated|《中华人民共和国水污染防治法》第三十九条
penalty|《中华人民共和国水污染防治法》第八十三条第（三）项
photo|该公司厂区大门及厂名|gate
photo|开挖后暴露的暗管|pipe
photo|暗管出口排放废水情况|outlet
photo|执法人员在暗管出口采样|sampling
""",
    Violation.FACILITY_NOT_RUNNING: """
fact|检查时该公司生产车间正在生产，车间内设备运行，车间内有明显异味。
fact|该公司配套建设的{f}，检查时风机未开启，设施控制柜电源处于关闭状态。
fact|设施用电监控记录显示，{since}以来该设施累计运行时间为{hours}小时。
fact|生产废气未经处理，经车间{side}侧排气筒（高约{h}米）排放，检查时排气筒有废气排出。
conclusion|该公司故意不正常运行污染防治设施，性质恶劣。
qa|检查时你单位的{f}为什么没有运行？|风机前几天出了故障，还没有修好。
qa|设施停运多长时间了？|大约{days}天。
qa|设施停运期间生产是否正常进行？|生产一直正常进行。
qa|设施停运后有没有向生态环境部门报告？|没有报告。
qa|设施的运行维护由谁负责？|由设备科{staff}负责。
leading|你们是为了节省电费，故意不开废气处理设施的吧？|是。
summary|你单位在生产过程中未开启配套的{f}，生产废气未经处理直接排放，属不正常运行大气污染防治设施
violated|《中华人民共和国大气污染防治法》第二十条第二款
penalty|《中华人民共和国大气污染防治法》第九十九条第（三）项
photo|该公司厂区大门及厂名|gate
photo|生产车间生产情况|workshop
photo|废气处理设施停运情况|facility
photo|设施控制柜电源关闭情况|cabinet
""",
    Violation.HAZARDOUS_WASTE_STORAGE: """
fact|该公司危险废物暂存间位于厂区{side}侧，面积约{area}平方米，门口未设置危险废物识别标志。
fact|暂存间地面未做防渗处理，无导流沟和收集池，地面有油渍。
fact|暂存间外露天堆放装有{w}的铁桶{n}只（每只约200升），部分桶无盖、无标签。
fact|该公司提供的危险废物管理台账记录至{since}，此后无记录。
conclusion|该公司危险废物管理混乱，严重违反了固体废物污染环境防治法的规定。
qa|你单位生产中产生哪些危险废物？每年产生多少？|主要是{w}，每年大约{t}吨。
qa|这些危险废物是怎么处置的？|委托有资质的单位处置，签了合同，每年拉两三次。
qa|为什么有{n}桶危险废物堆放在暂存间外？|暂存间放满了，处置单位还没有来拉，就临时放在外面。
qa|暂存间为什么没有防渗措施和识别标志？|当时建的时候不清楚要求，标志牌掉了也没有补上。
qa|危险废物的管理由谁负责？|由仓库管理员{staff}负责登记台账。
leading|你们是不是打算把这些废油偷偷卖给收废品的？|是的。
summary|你单位将{w}约{n}桶露天堆放于危险废物暂存间外，暂存间未采取防渗措施、未设置识别标志
violated|《中华人民共和国固体废物污染环境防治法》第七十九条
penalty|《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项
photo|该公司厂区大门及厂名|gate
photo|危险废物暂存间外景|building
photo|露天堆放的危险废物|drums
photo|暂存间地面油渍|ground
""",
}

# Questions any interrogation may add (consequence, history, remedy); the first is always asked.
EXTRA_QA = (
    ("本次违法行为造成了什么后果？", "目前还没有发现造成明显的污染后果，我们会配合调查。"),
    ("你单位是否办理了排污许可证？", "办理了，在有效期内。"),
    ("你单位以前是否因环境违法行为受到过行政处罚？", "没有受到过。"),
    ("你单位有没有专门的环保管理人员？", "有一名环保专员，兼管安全生产。"),
    ("发现问题后你单位采取了哪些整改措施？", "已经安排人员整改，预计一周内完成，整改完成后向你局书面报告。"),
    ("你单位的环保管理制度是否健全？", "有管理制度，但执行得不够严格，今后一定加强管理。"),
    ("检查当天你单位的生产负荷是多少？", "大概是正常产能的七八成，当天一直在生产。"),
    ("你单位的环保设施有没有运行台账？", "有台账，由专人记录，但有的时候记录不够完整。"),
    (
        "你单位的主要负责人对环保工作是怎么要求的？",
        "要求达标排放，但对日常管理检查得不多，这次的问题我们负有责任。",
    ),
)

_WATER_LAW_2008 = (
    ("水污染防治法》第十条", "水污染防治法》第九条"),
    ("水污染防治法》第八十三条第（二）项", "水污染防治法》第七十四条第一款"),
    ("水污染防治法》第三十九条", "水污染防治法》第二十二条第二款"),
    ("水污染防治法》第八十三条第（三）项", "水污染防治法》第七十五条第二款"),
)


def rights_law(when: date) -> str:
    """The Administrative Penalty Law articles on notice and hearing, by the version in force."""
    if when >= date(2021, 7, 15):  # the 2021 revision took effect that day
        return "《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条"
    return "《中华人民共和国行政处罚法》第三十一条、第三十二条、第四十二条"


# (pollutant, limit mg/L, standard, the industry it is for: "" for any)
_STANDARDS = (
    ("化学需氧量", 200.0, "《纺织染整工业水污染物排放标准》（GB 4287-2012）", "印染"),
    ("总镍", 0.5, "《电镀污染物排放标准》（GB 21900-2008）", "电镀"),
    ("化学需氧量", 500.0, "《污水综合排放标准》（GB 8978-1996）三级标准", ""),
)


def violation_text(
    violation: Violation, rng: random.Random, when: datetime, penalty: int = 100_000, party: str = ""
) -> ViolationText:
    """The wording for ``violation``, with its numbers and places drawn from ``rng``.

    ``penalty`` (yuan) and ``party`` (its name tells the industry) keep the figures consistent:
    the fine is 1–5 % of an unapproved project's investment; a plating shop exceeds a nickel limit.
    """
    v: dict[str, object] = {
        "side": rng.choice("东南西北"),
        "receiver": rng.choice(("厂外市政雨水管网", "厂区外侧河道", "厂外农田灌溉沟渠")),
        "vol": rng.randint(20, 300),
        "days": rng.randint(5, 60),
        "since": cn_date(when - timedelta(days=rng.randint(10, 90))),
        "staff": person_name(rng),
        "when": cn_date(when),
    }
    monitoring = None
    if violation == Violation.EXCESS_DISCHARGE:
        fitting = [t for t in _STANDARDS if t[3] in party] or [t for t in _STANDARDS if not t[3]]
        pollutant, limit, standard, _ = rng.choice(fitting)
        value = round(limit * rng.uniform(1.4, 4.8), 2 if limit < 1 else 0)
        v |= {"p": pollutant, "limit": f"{limit:g}", "value": f"{value:g}", "std": standard}
        v |= {"ratio": f"{value / limit - 1:.2f}", "dosing": rng.choice(("未见加药", "加药泵运行"))}
        monitoring = (pollutant, f"{value:g}", f"{limit:g}", standard)
    elif violation == Violation.BUILT_WITHOUT_EIA:
        v |= {
            "area": rng.randint(8, 60) * 100,
            "machines": rng.randint(6, 24),
            "inv": round(penalty / 10_000 / rng.choice((0.02, 0.025, 0.03, 0.04))),
        }
    elif violation == Violation.HIDDEN_PIPE:
        v |= {"d": rng.choice((50, 75, 110, 160)), "flow": rng.randint(2, 9)}
        standard = "《污水综合排放标准》（GB 8978-1996）一级标准"
        monitoring = ("化学需氧量", str(rng.randint(300, 1900)), "100", standard)
    elif violation == Violation.FACILITY_NOT_RUNNING:
        v |= {"f": rng.choice(("布袋除尘器", "活性炭吸附装置", "喷淋塔及活性炭吸附装置"))}
        v |= {"h": rng.randint(15, 25), "hours": rng.randint(3, 40)}
    else:
        v |= {"w": rng.choice(("废矿物油和废乳化液", "废机油和废铅蓄电池", "含镍污泥和废槽液"))}
        v |= {"area": rng.randint(10, 60), "n": rng.randint(6, 40), "t": rng.randint(2, 30)}
    fields: dict[str, list[list[str]]] = {}
    template = _VIOLATION_TEMPLATES[violation]
    if when.year < 2018:  # the Water Pollution Law before its 2017 revision took effect
        for new_article, old_article in _WATER_LAW_2008:
            template = template.replace(new_article, old_article)
    for line in template.format(**v).strip().splitlines():
        key, *rest = line.split("|")
        fields.setdefault(key, []).append(rest)
    leading = fields["leading"][0]
    return ViolationText(
        facts=tuple(f[0] for f in fields["fact"]),
        conclusion=fields["conclusion"][0][0],
        qa=tuple((q, a) for q, a in fields["qa"]),
        leading=(leading[0], leading[1]),
        summary=fields["summary"][0][0],
        law_violated=fields["violated"][0][0],
        law_penalty=fields["penalty"][0][0],
        photos=tuple((s, k) for s, k in fields["photo"]),
        monitoring=monitoring,
    )


# --- document prose: one paragraph a line ("> " indented, "# " heading, "= " centred,
# "@seal org|date", "@sign label|label"); formatted with the values from dossier_docs.

AUTHORISATION = """
委托单位：[[{party}]]
法定代表人：[[{legal}]]
受委托人：[[{deputy}]]  职务：[[{post}]]  身份证号码：[[{deputy_id}]]
> 现委托{deputy}代表我单位，就{agency}调查的{cause}一案接受调查询问，签收相关法律文书，代为陈述、申辩。受委托人在上述权限内签署的文件，我单位均予承认。
> 委托期限：自{questioned}至本案结案之日止。
@sign 法定代表人（签字）|受委托人（签字）
@seal {party}|{questioned}
"""

REPORT = """
# 一、案件来源
> {inspected}，我局执法人员在日常监督检查中发现{party}涉嫌{cause}，经批准于{filed}立案调查。
# 二、当事人基本情况
> {party}，统一社会信用代码{credit}，法定代表人{legal}，地址：{address}。
# 三、违法事实及证据
> 经查，{summary}。上述事实有现场检查（勘察）笔录、调查询问笔录、现场照片{photos}张{monitoring_note}等证据证明。
# 四、违法行为性质及法律依据
> 当事人的行为违反了{violated}的规定，依据{penalty_law}应予处罚。
# 五、处理建议
> 综合考虑违法情节和危害后果，依据本省生态环境行政处罚自由裁量基准，建议对当事人{amount}。
@right 承办人：{handlers}        {reported}
"""

SEIZURE = """
= {seizure_number}
{party}：
> 经查，{summary}。依据《中华人民共和国环境保护法》第二十五条和《环境保护主管部门实施查封、扣押办法》的规定，我局决定对你单位造成污染物排放的设施、设备实施查封，期限三十日。查封期间，不得擅自启封、转移、使用被查封的设施、设备。
> 如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。
@seal {agency}|{inspected}
"""

TRANSFER = """
= {transfer_number}
{city}公安局：
> 经查，{summary}，涉嫌通过私设暗管等逃避监管的方式违法排放污染物。依据《中华人民共和国环境保护法》第六十三条的规定，现将该案移送你局，请依法处理。
> 附件：1. 现场检查（勘察）笔录；2. 调查询问笔录；3. 现场照片；4. 监测报告。
@seal {agency}|{reported}
"""

NOTICE = """
= {notice_number}
{party}：
> 我局于{inspected}对你单位进行了调查，发现你单位实施了以下环境违法行为：{summary}。
> 以上事实有现场检查（勘察）笔录、调查询问笔录、现场照片等证据为证。你单位的上述行为违反了{violated}的规定。依据{penalty_law}的规定，我局拟对你单位作出如下行政处罚：{amount}。
> 根据{rights_law}的规定，你单位有权进行陈述和申辩，有权要求举行听证。如你单位要求陈述、申辩或者听证，应当在收到本告知书之日起五日内向我局提出，逾期未提出的，视为放弃上述权利。
> 联系人：{asker}    联系电话：{office_phone}
@seal {agency}|{noticed}
"""

DECISION_TEXT = """
= {case_number}
当事人名称：{party}
统一社会信用代码：{credit}
法定代表人：{legal}
地址：{address}
# 一、环境违法事实和证据
> 我局于{inspected}对你单位进行了调查，发现你单位实施了以下环境违法行为：{summary}。
> 以上事实，有现场检查（勘察）笔录、调查询问笔录、现场照片{photos}张{monitoring_note}等证据为凭。
> 你单位的上述行为违反了{violated}的规定。
> 我局于{notice_served}向你单位送达了《行政处罚事先（听证）告知书》，你单位在法定期限内未提出陈述、申辩和听证申请。
# 二、行政处罚的依据、种类及其履行方式、期限
> 依据{decision_basis}的规定，我局决定对你单位作出如下行政处罚：{amount}。
> 限于接到本处罚决定之日起十五日内将罚款缴至指定银行和账户。逾期不缴纳罚款的，我局可以每日按罚款数额的百分之三加处罚款。
# 三、申请行政复议或者提起行政诉讼的途径和期限
> 如不服本处罚决定，可在收到本处罚决定书之日起六十日内向{city}人民政府申请行政复议，也可以在六个月内向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
> 逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人民法院强制执行。
@seal {agency}|{decided}
"""

PUBLICATION = """
当事人名称：{party}
统一社会信用代码：{credit}
违法事实：{summary}。
处罚依据：{penalty_law}
处罚内容：{amount}
处罚机关：{agency}    处罚日期：{decided}
"""


def cn_date(when: date | datetime) -> str:
    """A date as written on Chinese forms: 2023年5月12日 (portable, no %-m)."""
    return f"{when.year}年{when.month}月{when.day}日"


def cn_time(when: datetime) -> str:
    """A clock time as written on records: 9时05分."""
    return f"{when.hour}时{when.minute:02d}分"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def amount_in_words(amount: int) -> str:
    """Yuan written in capital Chinese numerals, as on a penalty decision (e.g. 壹拾伍万元整)."""
    if amount == 0:
        return "零元整"

    def four(n: int) -> str:
        out, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            d = n // div % 10
            if d:
                out += ("零" if zero and out else "") + _DIGITS[d] + unit
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(amount, 10_000)
    text = ""
    if high:
        text = four(high) + "万"
        if low and low < 1000:
            text += "零"
    text += four(low)
    return text + "元整"
