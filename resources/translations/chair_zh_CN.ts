<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignmentMatrix</name>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="81"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="82"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="83"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="84"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="85"/>
        <source>Barred</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="86"/>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="259"/>
        <source>given by the automatic assignment</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="260"/>
        <source>given by the chair, kept when assigning again</source>
        <translation>组长手动分配，重新分配时保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="261"/>
        <source>review started, kept</source>
        <translation>评审已在进行，重新分配时保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="262"/>
        <source>breaks the region rule, given with a reason</source>
        <translation>违反回避规则，已写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="263"/>
        <source>own region or unit, never given automatically</source>
        <translation>本地区或本单位，不会自动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="264"/>
        <source>taken out by the chair</source>
        <translation>组长已移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="266"/>
        <source>{word}: {meaning}</source>
        <translation>{word}＝{meaning}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="267"/>
        <source>{parts}. Double-click a cell to change it.</source>
        <translation>{parts}。双击格子可更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="139"/>
        <source>{name}
{role} · {load}</source>
        <translation>{name}
{role} · {load} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="142"/>
        <source>{id} {name}, {role}; region: {region}; unit: {unit}; {load} dossiers</source>
        <translation>{id} {name}，{role}；地区：{region}；单位：{unit}；已分配 {load} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="199"/>
        <source>{conflict}. Reason given: {reason}</source>
        <translation>{conflict}。已写明的理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="205"/>
        <source>The review has started; this pair stays when you assign again</source>
        <translation>已开始评审；重新分配时保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="210"/>
        <source>Assigned by hand; kept when you assign again. Reason: {reason}</source>
        <translation>组长手动分配，重新分配时保留。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="215"/>
        <source>Assigned automatically; double-click to take it out</source>
        <translation>自动分配；双击可收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="218"/>
        <source>Not allowed: {why}. Double-click to assign anyway, with a reason</source>
        <translation>应回避：{why}。如确需分配，双击并写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="223"/>
        <source>Taken out by the chair: {reason}</source>
        <translation>组长已移除：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="228"/>
        <source>Double-click to assign</source>
        <translation>双击分配给此评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="310"/>
        <source>Take this dossier away from the reviewer…</source>
        <translation>收回此案卷…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="313"/>
        <source>Give this dossier to the reviewer…</source>
        <translation>把此案卷分配给该评审人…</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="143"/>
        <source>Chair</source>
        <translation>评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="156"/>
        <source>&amp;Panel</source>
        <translation>评审(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="157"/>
        <source>&amp;New panel…</source>
        <translation>新建评审(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="160"/>
        <source>&amp;Open panel…</source>
        <translation>打开评审(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="163"/>
        <source>Opened &amp;lately</source>
        <translation>最近打开(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="165"/>
        <source>&amp;Close panel</source>
        <translation>关闭评审(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="176"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="177"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="186"/>
        <source>How a panel runs</source>
        <translation>评审步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="195"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="202"/>
        <source>The language changes the next time the program starts.</source>
        <translation>界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="208"/>
        <source>1 import the candidates&apos; and dossiers&apos; lists with the PDFs · 2 import the reviewers and assign · 3 make the packages and hand them out · 4 merge the files the reviewers bring back · 5 settle the disagreements · 6 export and print.</source>
        <translation>① 导入候选对象清单、案卷清单及 PDF · ② 导入评审人并分配案卷 · ③ 生成评审包并发给评审人 · ④ 合并评审人交回的评审文件 · ⑤ 处理评分分歧 · ⑥ 导出与打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="215"/>
        <source>Open a panel</source>
        <translation>打开评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="215"/>
        <source>Panels (*.dpanel)</source>
        <translation>评审文件 (*.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="243"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="395"/>
        <source>{task} was stopped. The panel stays as it was before the task.</source>
        <translation>“{task}”已停止。评审数据保持任务开始前的状态。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="241"/>
        <source>Opening the panel</source>
        <translation>打开评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="224"/>
        <source>{name} is open here already.</source>
        <translation>{name} 已在本窗口打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="256"/>
        <source>Creating the panel</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="267"/>
        <source>{title} is open.</source>
        <translation>已打开“{title}”。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="271"/>
        <source>Please wait until the current task has finished.</source>
        <translation>请等当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="281"/>
        <source>No panel open</source>
        <translation>未打开评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="282"/>
        <source>Dossier review — chair</source>
        <translation>案卷评查 — 评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="313"/>
        <source>{title} — chair — Dossier review</source>
        <translation>{title} — 评审组长 — 案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="317"/>
        <source>Overview</source>
        <translation>评审概况</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="318"/>
        <source>1 Dossiers</source>
        <translation>1 案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="319"/>
        <source>2 Reviewers</source>
        <translation>2 评审人与分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="320"/>
        <source>3 Packages</source>
        <translation>3 评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="321"/>
        <source>4 Merge</source>
        <translation>4 合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="322"/>
        <source>5 Results</source>
        <translation>5 结果与分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="323"/>
        <source>6 Export &amp; print</source>
        <translation>6 导出与打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="335"/>
        <source>Last change {time}</source>
        <translation>上次更改 {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="96"/>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="96"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="128"/>
        <source>Vetoes (the dossier or indicator scores 0)</source>
        <translation>否决项（案卷或指标计 0 分）</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="100"/>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="100"/>
        <source>Worth</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="142"/>
        <source>Veto: {text}</source>
        <translation>否决：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="150"/>
        <source>Total / points off</source>
        <translation>得分 / 扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="187"/>
        <location filename="../../app/ui/chair/flag_compare.py" line="209"/>
        <source> (p. {page})</source>
        <translation>（第 {page} 页）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="190"/>
        <source> [rejected]</source>
        <translation>〔不计入〕</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="192"/>
        <source> [kept]</source>
        <translation>〔保留〕</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="199"/>
        <source>Click to show the page</source>
        <translation>单击可查看该页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="205"/>
        <source>not marked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="206"/>
        <source>Marked: {reason}</source>
        <translation>已勾选：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="222"/>
        <source>{score} (−{off})</source>
        <translation>{score}（扣 {off}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="226"/>
        <source>−{off}</source>
        <translation>扣 {off}</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../app/ui/chair/context.py" line="111"/>
        <source>Reading the panel</source>
        <translation>读取评审数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="152"/>
        <source>Please wait: {task} is still running.</source>
        <translation>请稍候：“{task}”仍在进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="186"/>
        <source>{task}: cancelled. Nothing in the panel was changed.</source>
        <translation>{task}：已取消。评审数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="196"/>
        <source>{task} did not succeed: {reason}. Nothing in the panel was changed.</source>
        <translation>{task}未成功：{reason}。评审数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="198"/>
        <source>{task} did not succeed: {reason}.</source>
        <translation>{task}未成功：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="222"/>
        <source>checking the PDFs (fingerprint, pages)</source>
        <translation>正在核对 PDF（指纹、页数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="223"/>
        <source>writing the packages</source>
        <translation>正在生成评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="224"/>
        <source>checking the reviewer files</source>
        <translation>正在检查评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="225"/>
        <source>writing the scores</source>
        <translation>正在写入评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="226"/>
        <source>gathering the results</source>
        <translation>正在汇总结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="227"/>
        <source>laying out the pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="228"/>
        <source>preparing the pages</source>
        <translation>正在准备页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="229"/>
        <source>sending the pages to the printer</source>
        <translation>正在发送到打印机</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="35"/>
        <source>Manifests (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>清单 (*.csv *.xlsx *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="159"/>
        <source>Filter: case number, candidate or title</source>
        <translation>筛选：案卷编号、候选对象或案由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="83"/>
        <source>Drop the candidates&apos; and dossiers&apos; lists (CSV or XLSX) here, with the folder of PDFs beside the dossiers&apos; list. Import the candidates first; the PDFs are checked and copied into the panel.</source>
        <translation>把候选对象清单、案卷清单（CSV 或 XLSX）拖到这里；案卷的 PDF 放在案卷清单旁（按清单“PDF”列查找）。先导入候选对象；PDF 会逐一核对并复制进评审。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="85"/>
        <source>Choose lists…</source>
        <translation>选择清单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="90"/>
        <source>Random draw…</source>
        <translation>随机抽选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="92"/>
        <source>Draw the randomly drawn dossiers from the national system&apos;s pool</source>
        <translation>从全国系统导出的案件池中随机抽选案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="105"/>
        <source>Candidate / case number</source>
        <translation>候选对象 / 案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="106"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="107"/>
        <source>Dossiers</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="108"/>
        <source>Composition check</source>
        <translation>组成检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="126"/>
        <source>Settle the chosen problem…</source>
        <translation>处理所选问题…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="129"/>
        <source>Set an extra or shared dossier aside, choose the copy that stands or the pooled member candidates</source>
        <translation>搁置多出或共用的案卷，选定以哪一份为准，或选定汇总计算的县级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="134"/>
        <source>Right-click a problem (or choose it and press the button) to settle it; each settlement asks for a reason and is kept in the records.</source>
        <translation>右键点击问题（或选中后点按钮）即可处理；每次处理都须填写理由，并记入记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="141"/>
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="142"/>
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="143"/>
        <source>Type</source>
        <translation>案卷类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="144"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="145"/>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="146"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="147"/>
        <source>Published</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="148"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="149"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="51"/>
        <location filename="../../app/ui/chair/dossiers_page.py" line="150"/>
        <source>Counted</source>
        <translation>计入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="160"/>
        <source>Set aside (not counted)…</source>
        <translation>搁置（不计入）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="162"/>
        <source>Count it again…</source>
        <translation>恢复计入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="172"/>
        <source>Print the draw records…</source>
        <translation>打印抽选记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="173"/>
        <source>The records are part 4 of the panel&apos;s printed report</source>
        <translation>抽选记录在评查结果报告的第四部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="176"/>
        <source>Each record keeps the pool and the seed: the draw can be repeated and checked by anyone.</source>
        <translation>每条记录都保存了抽选池和随机种子：任何人都可以重复抽选核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="165"/>
        <source>Dossier details come from the list and are read-only here. To correct one, correct the list and build the panel again before reviewing starts.</source>
        <translation>案卷信息来自清单，在此只读。如需更正，请在评审开始前修改清单并重新新建评审。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="183"/>
        <source>Choose the candidates&apos; and dossiers&apos; lists</source>
        <translation>选择候选对象清单和案卷清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="206"/>
        <source>The import was cancelled; the lists before it were imported (see the list above the tables).</source>
        <translation>导入已取消；此前的名单已导入（见表格上方的说明）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="212"/>
        <source>The import is done, but some rows were left out; see the list above the tables.</source>
        <translation>导入完成，但有些行未导入；详见表格上方的说明。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="215"/>
        <source>The lists were imported.</source>
        <translation>清单已导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="226"/>
        <source>Drawn for {count} candidates with the seed {seed}.</source>
        <translation>已为 {count} 个候选对象抽选，随机种子 {seed}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="230"/>
        <source>{short} pools were too small; see the records.</source>
        <translation>{short} 处抽选池案件不足，见抽选记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="233"/>
        <source>Not in this pool: {names}.</source>
        <translation>本次抽选池中没有：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="240"/>
        <source>The random draw</source>
        <translation>随机抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="277"/>
        <source>Choose a problem in the list first: one marked “must fix” that a settlement solves.</source>
        <translation>请先在列表中选中一个可处理的问题（标为“须改正”的）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="293"/>
        <source>Choose a dossier in the list first.</source>
        <translation>请先在列表中选中一份案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="328"/>
        <source>Candidates and composition check ({problems} of {count} need a look)</source>
        <translation>候选对象与组成检查（{count} 个中 {problems} 个需查看）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="332"/>
        <source>Dossiers ({count})</source>
        <translation>案卷（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="334"/>
        <source>Random draws ({count})</source>
        <translation>随机抽选（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="352"/>
        <source>{count} to fix</source>
        <translation>{count} 处须补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="354"/>
        <source>, {count} to check</source>
        <translation>，{count} 处需核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="356"/>
        <source>{count} to check</source>
        <translation>{count} 处需核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="358"/>
        <source>Complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="364"/>
        <source>{handed} of {required}</source>
        <translation>{handed} / {required}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="371"/>
        <source>Ranked at: {level}</source>
        <translation>排名级别：{level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="391"/>
        <source>(the candidate)</source>
        <translation>（候选对象整体）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="394"/>
        <source>Must fix</source>
        <translation>须补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="394"/>
        <source>Check</source>
        <translation>需核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="402"/>
        <source>Right-click to settle this problem</source>
        <translation>右键点击以处理此问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="38"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="40"/>
        <source>No PDF</source>
        <translation>无 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="45"/>
        <source>Set aside</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="46"/>
        <source>Set aside by the chair, not counted: {reason}</source>
        <translation>组长已搁置，不计入：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="61"/>
        <source>Officers: {officers}</source>
        <translation>承办人员：{officers}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="54"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossier_rows.py" line="56"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="46"/>
        <source>Random draw</source>
        <translation>随机抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="49"/>
        <source>Choose the pool exported from the national penalty system (one row per closed case). Each candidate&apos;s dossiers are drawn from it with the seed; the seed and the pool are kept, so anyone can repeat the draw.</source>
        <translation>选择从全国行政处罚系统导出的案件池（每行一件已结案件）。按随机种子为每个候选对象抽选案卷；种子和案件池都会保存，任何人都可以重复抽选核对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="56"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="62"/>
        <source>Leave empty for a new random seed</source>
        <translation>留空则自动生成新的随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="65"/>
        <source>Only for candidates drawn before</source>
        <translation>仅对已抽选过的候选对象需要填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="67"/>
        <source>Pool</source>
        <translation>案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="68"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="70"/>
        <source>Why draw again</source>
        <translation>重新抽选的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="74"/>
        <source>Draw</source>
        <translation>抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="85"/>
        <source>Choose the draw pool</source>
        <translation>选择案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="96"/>
        <source>Choose the pool file first.</source>
        <translation>请先选择案件池文件。</translation>
    </message>
</context>
<context>
    <name>DrawsView</name>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="115"/>
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="116"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="117"/>
        <source>Drawn dossiers</source>
        <translation>抽中的案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="118"/>
        <source>Pool</source>
        <translation>案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="119"/>
        <source>Result</source>
        <translation>抽选结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="120"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="144"/>
        <source>{type}: {available} of {required}</source>
        <translation>{type}：只有 {available} 件，应抽 {required} 件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="149"/>
        <source>Pool too small</source>
        <translation>案件池不足</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="151"/>
        <source>Drawn in full</source>
        <translation>已按数抽足</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="153"/>
        <source>Drawn again: {note}</source>
        <translation>重新抽选：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="157"/>
        <source>(nothing drawn)</source>
        <translation>（未抽中案卷）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="158"/>
        <source>{count} cases</source>
        <translation>{count} 件</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="21"/>
        <source>is “{value}”; write points from {low} to {high}, at most two decimals</source>
        <translation>为“{value}”；请填写 {low} 至 {high} 之间的分数，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="27"/>
        <source>“{value}” has more than two decimal places</source>
        <translation>“{value}”超过两位小数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="31"/>
        <source>is a formula ({formula}) without a saved value; type the number, or open and save the file in Excel or WPS</source>
        <translation>是没有保存计算结果的公式（{formula}）；请直接填写数字，或用 Excel 或 WPS 打开后保存一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="38"/>
        <source>unknown column “{name}”; rename or delete it</source>
        <translation>无法识别的列“{name}”；请改名或删除该列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="42"/>
        <source>the item has no 分值</source>
        <translation>该评查项目没有分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="46"/>
        <source>the deduction reason “{text}” has no points (write 扣2分, 扣1-3分 or 不得分)</source>
        <translation>扣分标准“{text}”没有写明分数（请写“扣2分”“扣1-3分”或“不得分”）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="52"/>
        <source>“{text}” takes off {points} points, more than the item&apos;s {maximum}</source>
        <translation>“{text}”扣 {points} 分，超过该项分值 {maximum} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="58"/>
        <source>the total {stated} is not the sum of the items ({summed})</source>
        <translation>合计 {stated} 分与各项分值之和（{summed} 分）不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="64"/>
        <source>the section “{title}” says {stated} points but its items add up to {summed}</source>
        <translation>“{title}”标明 {stated} 分，但所含项目分值之和为 {summed} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="70"/>
        <source>“{text}” is not a veto effect: write 案卷计0分, 该指标计0分 or 案卷计0分，另扣1分</source>
        <translation>“{text}”不是否决后果：请写“案卷计0分”“该指标计0分”或“案卷计0分，另扣1分”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="76"/>
        <source>is an old .xls/.et file; save it as .xlsx in WPS or Excel</source>
        <translation>是旧版 .xls/.et 文件；请在 WPS 或 Excel 中另存为 .xlsx 格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="78"/>
        <source>is not an .xlsx workbook</source>
        <translation>不是 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="81"/>
        <source>no sheet has a header row with the columns 分值 and 评查项目 or 评查内容</source>
        <translation>没有一个工作表含有“分值”和“评查项目”（或“评查内容”）列的表头行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="87"/>
        <source>no header row with the columns 分值 and 评查项目 or 评查内容</source>
        <translation>没有含“分值”和“评查项目”（或“评查内容”）列的表头行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="91"/>
        <source>“{id}” is the ID of a shipped checklist; give the sheet&apos;s 编号 row another ID</source>
        <translation>“{id}”是程序自带评查表的编号；请在表中“编号”行另取一个编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="105"/>
        <source>sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="107"/>
        <source>sheet “{sheet}”, row {row}</source>
        <translation>工作表“{sheet}”第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="108"/>
        <source>sheet “{sheet}”, row {row}, column {column}</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="36"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="37"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="38"/>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="39"/>
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="40"/>
        <source>parent unit</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="41"/>
        <source>officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="42"/>
        <source>certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="43"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="44"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="45"/>
        <source>dossier code</source>
        <translation>案卷代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="46"/>
        <source>case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="47"/>
        <source>candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="48"/>
        <location filename="../../app/ui/chair/wording_errors.py" line="144"/>
        <source>dossier type</source>
        <translation>案卷类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="49"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="50"/>
        <source>title</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="51"/>
        <source>published</source>
        <translation>是否公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="52"/>
        <source>closing date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="53"/>
        <source>officers</source>
        <translation>承办人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="54"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="62"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="63"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="66"/>
        <source>is neither a CSV nor an XLSX file</source>
        <translation>既不是 CSV 也不是 XLSX 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="70"/>
        <source>is not UTF-8 or GB18030 text</source>
        <translation>不是 UTF-8 或 GB18030 编码的文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="74"/>
        <source>is not a readable XLSX workbook</source>
        <translation>不是可读取的 XLSX 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="76"/>
        <source>has no header row</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="77"/>
        <source>has a header but no rows</source>
        <translation>只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="80"/>
        <source>unknown column “{name}”</source>
        <translation>无法识别的列“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="84"/>
        <source>the column “{name}” appears twice</source>
        <translation>“{name}”列出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="88"/>
        <source>the column “{name}” is missing</source>
        <translation>缺少“{name}”列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="92"/>
        <source>has more cells than the header has columns</source>
        <translation>单元格比表头的列多</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="106"/>
        <source>has a value in a column without a header</source>
        <translation>表头为空的列中填有内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="98"/>
        <source>“{value}” cannot be used in a file or folder name (no / \ : and no device names such as CON); change it (a case number: give the dossier a code)</source>
        <translation>“{value}”不能用作文件或文件夹名（不能含 / \ : ，也不能是 CON 等设备名）；请修改（案卷编号可另填案卷代码）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="110"/>
        <source>is “{value}”; write 是 or 否</source>
        <translation>填的是“{value}”，请填“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="114"/>
        <source>is “{value}”; write a date like 2024-05-31</source>
        <translation>填的是“{value}”，请按 2024-05-31 的格式填写日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="118"/>
        <source>is “{value}”; write a whole number</source>
        <translation>填的是“{value}”，请填整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="122"/>
        <source>is “{value}”; write 专家 or 交叉</source>
        <translation>填的是“{value}”，请填“专家”或“交叉”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="126"/>
        <source>is “{value}”; write 推选 or 随机抽选</source>
        <translation>填的是“{value}”，请填“推选”或“随机抽选”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="130"/>
        <source>unknown candidate “{value}”; import the candidates first</source>
        <translation>没有候选对象“{value}”，请先导入候选对象清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="136"/>
        <source>unknown candidate “{value}”</source>
        <translation>没有候选对象“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="140"/>
        <source>“{value}” is not a {what} of this rule set (known: {known})</source>
        <translation>“{value}”不是本规则中的{what}（可填：{known}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="142"/>
        <source>candidate kind</source>
        <translation>候选类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="150"/>
        <source>“{value}” appears twice in the manifest</source>
        <translation>“{value}”在清单中出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="154"/>
        <source>the dossier code “{value}” appears twice in the manifest</source>
        <translation>案卷代码“{value}”在清单中出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="160"/>
        <source>reviewer “{value}” is already in the panel with another role</source>
        <translation>评审人“{value}”已在评审中，但角色不同</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="166"/>
        <source>cannot read the officer “{value}”; write name:certificate:role</source>
        <translation>无法识别执法人员“{value}”，请按“姓名:执法证号:角色”填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="172"/>
        <source>candidate “{value}” has no randomly drawn dossiers</source>
        <translation>候选对象“{value}”不需要随机抽选案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="178"/>
        <source>case “{value}” repeats row {row}</source>
        <translation>案件“{value}”与第 {row} 行重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="182"/>
        <source>“{value}” names {count} candidates; give the candidate ID</source>
        <translation>“{value}”对应 {count} 个候选对象，请填写候选对象编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="196"/>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="198"/>
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行第 {column} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="199"/>
        <source>row {row}, column “{column}”</source>
        <translation>第 {row} 行“{column}”列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="123"/>
        <location filename="../../app/ui/chair/wording_errors.py" line="214"/>
        <source>{file}, {where}: {problem}</source>
        <translation>{file} {where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_checklist.py" line="126"/>
        <location filename="../../app/ui/chair/wording_errors.py" line="217"/>
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="223"/>
        <source>the PDF file is not there</source>
        <translation>找不到 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="224"/>
        <source>the PDF file cannot be read</source>
        <translation>PDF 文件无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="225"/>
        <source>the file is not a PDF</source>
        <translation>文件不是 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="226"/>
        <source>the PDF is damaged</source>
        <translation>PDF 文件已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="227"/>
        <source>the PDF is protected by a password</source>
        <translation>PDF 设有密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="228"/>
        <source>the PDF has no pages</source>
        <translation>PDF 没有页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="229"/>
        <source>the PDF has more pages than a dossier can have ({limit} at most)</source>
        <translation>PDF 页数远超案卷应有的页数（最多 {limit} 页）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="239"/>
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="240"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="241"/>
        <source>the file is far too large to be a reviewer file</source>
        <translation>文件过大，不是评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="242"/>
        <source>the file is cut off (an incomplete copy)</source>
        <translation>文件不完整（拷贝未完成）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="243"/>
        <source>something was appended after the end of the file (extra data after its end)</source>
        <translation>文件末尾之后被附加了多余内容（文件结束后还有数据）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="246"/>
        <source>the file names a panel, reviewer or dossier in a way that is not safe as a file name</source>
        <translation>文件中的评查组、评查人员或案卷编号含有不能安全用作文件名的字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="249"/>
        <source>the file is damaged or not a reviewer file</source>
        <translation>文件已损坏或不是评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="250"/>
        <source>the file was changed after the reviewer saved it</source>
        <translation>文件在评审人保存后被改动过</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="251"/>
        <source>not a reviewer file of this program</source>
        <translation>不是本程序的评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="252"/>
        <source>made by a newer version of the program</source>
        <translation>由更新版本的程序生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="253"/>
        <source>the file carries no signature</source>
        <translation>文件没有签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="254"/>
        <source>the file&apos;s heading is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="255"/>
        <source>the file belongs to another panel</source>
        <translation>文件属于另一次评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="256"/>
        <location filename="../../app/ui/chair/wording_errors.py" line="315"/>
        <source>the reviewer is not in this panel</source>
        <translation>评审人不在本次评审中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="257"/>
        <source>no package was ever made for this reviewer</source>
        <translation>从未给该评审人生成过评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="258"/>
        <source>the signature does not match: the file was edited or is not this reviewer&apos;s</source>
        <translation>签名不符：文件被改动过，或不是该评审人的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="261"/>
        <source>the content of the file is not valid</source>
        <translation>文件内容不符合格式</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="270"/>
        <source>the dossier is listed twice</source>
        <translation>案卷重复列出</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="271"/>
        <source>the dossier is reviewed twice in the file</source>
        <translation>文件中同一案卷有两份评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="272"/>
        <location filename="../../app/ui/chair/wording_errors.py" line="353"/>
        <source>the dossier is not in this panel</source>
        <translation>案卷不在本次评审中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="273"/>
        <source>the dossier is not assigned to this reviewer</source>
        <translation>该案卷未分配给此评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="274"/>
        <source>the dossier is missing from the file&apos;s list</source>
        <translation>文件的案卷列表中缺少该案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="275"/>
        <source>scored with another version of the checklist</source>
        <translation>使用的评查表版本不同</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="276"/>
        <source>scored on a different PDF of the dossier</source>
        <translation>评审所用的 PDF 与评审中的不一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="277"/>
        <source>a deduction appears twice</source>
        <translation>同一扣分出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="278"/>
        <source>the points are not a valid number</source>
        <translation>分值不是有效数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="285"/>
        <source>its number is far past the reviewer&apos;s last file; if the file is genuine, reset the reviewer&apos;s sequence (dossier-panel reset-sequence)</source>
        <translation>编号远超该评审人上一份文件；如确系本人文件，请重置其编号（dossier-panel reset-sequence）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="289"/>
        <source>merged, but it gives times before the reviewer&apos;s package was made or after the file arrived: check the reviewer&apos;s clock</source>
        <translation>已合并，但文件中的时间早于该评审人的评审包制作时间或晚于收到时间：请核对评审人电脑的时钟</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="293"/>
        <source>merged, but its history claims another person&apos;s actions; kept as this reviewer&apos;s</source>
        <translation>已合并，但其操作记录声称是他人的操作；已按该评审人本人的记录保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="360"/>
        <source>the veto is not in the checklist</source>
        <translation>评查表中没有该否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="279"/>
        <source>the veto is marked twice</source>
        <translation>否决项重复勾选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="262"/>
        <source>signed with a key that no package of this panel gave the reviewer (a forgery?)</source>
        <translation>签名所用的密钥不是本评查组任何评查包发给该评查人的（可能是伪造的）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="265"/>
        <source>made from a package signed by another panel&apos;s key</source>
        <translation>来自由其他评查组密钥签名的评查包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="266"/>
        <source>signed the old, unprotected way although the reviewer has a protected package: ask them to export again</source>
        <translation>该评查人已领到受保护的评查包，此文件却以旧的无保护方式签名：请其重新导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="280"/>
        <source>an item is marked twice</source>
        <translation>项目重复标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="281"/>
        <source>an older copy: a newer file of this reviewer is already merged</source>
        <translation>旧版本：该评审人更新的文件已合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="284"/>
        <source>another file with the same number is already merged</source>
        <translation>已合并过同一序号的另一份文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="297"/>
        <source>clashes with scores already in the panel</source>
        <translation>与评审中已有的评分冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="309"/>
        <source>no dossier is assigned yet: run the assignment first</source>
        <translation>还没有分配案卷：请先分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="310"/>
        <source>dossier {dossier} has no PDF: import its PDF first</source>
        <translation>案卷 {dossier} 没有 PDF：请先导入其 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="311"/>
        <source>the PDF of dossier {dossier} is missing from the panel&apos;s folder</source>
        <translation>评审文件夹中缺少案卷 {dossier} 的 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="312"/>
        <source>the PDF of dossier {dossier} was changed on disk after it was imported</source>
        <translation>案卷 {dossier} 的 PDF 在导入后被改动过</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="316"/>
        <source>the file could not be written (is the disk full or read-only?)</source>
        <translation>文件无法写入（磁盘已满或只读？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="317"/>
        <source>the panel has no signing key (open it once to upgrade it)</source>
        <translation>评查组文件没有签名密钥（请先打开一次以完成升级）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="327"/>
        <source>the number of reviewers per dossier is not valid</source>
        <translation>每份案卷的评审人数无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="328"/>
        <source>the seed must be 1 to 64 printable characters</source>
        <translation>随机种子须为 1 至 64 个可见字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="329"/>
        <source>reviewer {reviewer} is not in this panel</source>
        <translation>评审人 {reviewer} 不在本次评审中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="330"/>
        <source>dossier {dossier} is not in this panel</source>
        <translation>案卷 {dossier} 不在本次评审中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="331"/>
        <source>the case number {dossier} names several dossiers</source>
        <translation>案卷编号 {dossier} 对应多份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="332"/>
        <source>{reviewer} does not have dossier {dossier}</source>
        <translation>{reviewer} 没有分到案卷 {dossier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="333"/>
        <source>{reviewer} already has dossier {dossier} by hand</source>
        <translation>{reviewer} 已手动分到案卷 {dossier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="334"/>
        <source>this pair breaks the region rule: a written reason is required</source>
        <translation>这一分配违反回避规则：必须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="337"/>
        <source>{reviewer} has already started dossier {dossier}; it cannot be taken away</source>
        <translation>{reviewer} 已开始评审案卷 {dossier}，不能收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="340"/>
        <source>candidate {candidate} was drawn before: give a reason to draw again</source>
        <translation>候选对象 {candidate} 已抽选过：重新抽选须写明原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="352"/>
        <source>write the reason for the decision</source>
        <translation>请写明裁定理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="354"/>
        <source>the case number names several dossiers</source>
        <translation>案卷编号对应多份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="355"/>
        <source>a score must be a number with at most two decimals</source>
        <translation>分数须为最多两位小数的数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="356"/>
        <source>the expert score must lie between 0 and {maximum}</source>
        <translation>专家评分须在 0 至 {maximum} 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="357"/>
        <source>the cross deduction must lie between 0 and {maximum}</source>
        <translation>交叉评审扣分须在 0 至 {maximum} 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="361"/>
        <source>no reviewer marked that veto</source>
        <translation>没有评审人勾选该否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="362"/>
        <source>the dossier has no settlement to withdraw</source>
        <translation>该案卷没有可撤回的裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="363"/>
        <source>the deduction no longer exists</source>
        <translation>该扣分已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="364"/>
        <source>only a cross-reviewer&apos;s deduction can be rejected</source>
        <translation>只能对交叉评审的扣分作不计入处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="374"/>
        <source>the panel file does not exist</source>
        <translation>评审文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="375"/>
        <source>the file is not a panel file</source>
        <translation>不是评审文件（.dpanel）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="376"/>
        <source>the file was made by a newer version of the program</source>
        <translation>文件由更新版本的程序生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="377"/>
        <source>the file is in use by another program</source>
        <translation>文件正被其他程序使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="378"/>
        <source>a file of that name already exists; choose another name</source>
        <translation>已有同名文件，请换一个名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="379"/>
        <source>the panel&apos;s folder cannot be written to (read-only?)</source>
        <translation>评查面板所在文件夹无法写入（是否只读？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="380"/>
        <source>this is a reviewer&apos;s workspace, not a chair&apos;s panel: open it in the reviewer&apos;s window</source>
        <translation>这是评审人的工作区，不是组长的评审文件：请在评审人窗口中打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="390"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="414"/>
        <source>there is nothing to print for this choice yet</source>
        <translation>所选内容目前没有可打印的页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="416"/>
        <source>no permission to write there (choose another folder)</source>
        <translation>没有写入权限（请换一个文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="418"/>
        <source>the disk reported an error: {error}</source>
        <translation>磁盘报错：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="419"/>
        <source>an unexpected program error ({kind}); details are in the log</source>
        <translation>程序出现意外错误（{kind}），详情已写入日志</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="16"/>
        <location filename="../../app/ui/chair/wording_settle.py" line="40"/>
        <location filename="../../app/ui/chair/wording_settle.py" line="65"/>
        <source>a reason is required</source>
        <translation>必须填写理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="17"/>
        <location filename="../../app/ui/chair/wording_settle.py" line="41"/>
        <source>the panel has no dossier {dossier}</source>
        <translation>本次评审没有案卷 {dossier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="18"/>
        <source>the case number names {count} dossiers</source>
        <translation>该案号对应 {count} 份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="19"/>
        <source>{dossier} is already set aside ({reason})</source>
        <translation>{dossier} 已被搁置（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="20"/>
        <source>{dossier} is not set aside</source>
        <translation>{dossier} 未被搁置，无需恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="21"/>
        <source>the panel has no candidate {dossier}</source>
        <translation>本次评审没有候选对象 {dossier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="22"/>
        <source>the rule set leaves no grade to the chair for this candidate</source>
        <translation>评审规则未规定由组长为该候选对象打分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="23"/>
        <source>“{value}” is not a number of points (at most two decimals)</source>
        <translation>“{value}”不是有效分值（最多两位小数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="24"/>
        <source>{value} is above the notice&apos;s maximum of {maximum}</source>
        <translation>{value} 超过通知规定的最高分 {maximum}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="25"/>
        <source>the rule set has no such check for this dossier</source>
        <translation>评审规则对该案卷没有这项核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="27"/>
        <location filename="../../app/ui/chair/wording_settle.py" line="53"/>
        <location filename="../../app/ui/chair/wording_settle.py" line="69"/>
        <source>the change was refused</source>
        <translation>更改未被接受</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="42"/>
        <source>{case} was not handed in under another category: there is no copy to choose</source>
        <translation>{case} 未以其他类别重复报送，无需选定以哪一份为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="45"/>
        <source>this candidate pools no member candidates</source>
        <translation>该候选对象不汇总下级单位的案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="46"/>
        <source>the panel has no candidate {candidate}</source>
        <translation>本次评审没有候选对象 {candidate}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="47"/>
        <source>{candidate} is not one of the unit&apos;s member candidates</source>
        <translation>{candidate} 不是该单位的下级候选单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="48"/>
        <source>a member candidate is named twice</source>
        <translation>同一下级单位被选了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="49"/>
        <source>choose exactly {expected} member candidates ({given} chosen)</source>
        <translation>须恰好选定 {expected} 个下级单位（已选 {given} 个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="66"/>
        <source>the sequence number is not valid</source>
        <translation>序号无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_settle.py" line="67"/>
        <source>the panel has no reviewer {reviewer}</source>
        <translation>本次评审没有评审人 {reviewer}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="57"/>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="62"/>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel 工作簿（XLSX）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="64"/>
        <source>One sheet per table: dossier scores, deductions, ranking, disagreements and decisions, reviewers&apos; progress, merge log, typical problems. Opens in WPS and Excel.</source>
        <translation>每张表一个工作表：案卷得分、扣分明细、候选排名、分歧与复核、评审进度、合并日志、典型问题。WPS 和 Excel 均可打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="69"/>
        <source>CSV files…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="71"/>
        <source>The same tables, one UTF-8 file each (with BOM, so Excel on Chinese Windows reads them), into a folder.</source>
        <translation>相同的各张表，每张一个 UTF-8 文件（带 BOM，中文 Windows 的 Excel 可直接打开），保存到一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="76"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="77"/>
        <source>Every figure with its codes, for other programs and for archiving.</source>
        <translation>全部数据及其代码，供其他程序使用和存档。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="93"/>
        <source>Print (preview first)</source>
        <translation>打印（先预览）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="99"/>
        <source>Review sheets…</source>
        <translation>评查表（已填写）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="100"/>
        <source>Each review as the reviewer filled it in, for their signature.</source>
        <translation>每位评审人填写的评查表，供其签字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="104"/>
        <source>Blank review sheets…</source>
        <translation>空白评查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="105"/>
        <source>Empty forms for a review on paper, with the reviewer&apos;s name when one is chosen.</source>
        <translation>用于纸质评查的空白表；选定评审人时印上其姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="109"/>
        <source>Summary sheets…</source>
        <translation>案卷评查汇总表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="111"/>
        <source>Per dossier: every reviewer&apos;s score, the combined result, the chair&apos;s decision and signature lines.</source>
        <translation>每份案卷一页：各评审人得分、汇总结果、组长裁定及签字栏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="116"/>
        <source>The panel&apos;s report…</source>
        <translation>评查结果报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="118"/>
        <source>Title page, rankings and how they were computed, dossier scores, typical problems, the random draw records and a signature page.</source>
        <translation>封面、排名及计算过程、案卷得分、典型问题、随机抽选记录和签字页。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="130"/>
        <source>Review and blank sheets for</source>
        <translation>评查表与空白表打印对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="44"/>
        <source>Open the folder of the last export</source>
        <translation>打开上次导出的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="49"/>
        <source>Export and print</source>
        <translation>导出与打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="140"/>
        <source>{title} results</source>
        <translation>{title}结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="145"/>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="145"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="156"/>
        <source>Export CSV files into</source>
        <translation>把 CSV 文件导出到</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="163"/>
        <source>Export to JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="163"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="182"/>
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="184"/>
        <source>Exporting</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="193"/>
        <source>Review sheets</source>
        <translation>评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="194"/>
        <source>Blank review sheets</source>
        <translation>空白评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="195"/>
        <source>Summary sheets</source>
        <translation>案卷评查汇总表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="196"/>
        <source>Panel report</source>
        <translation>评查结果报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="210"/>
        <source>{name}-printouts</source>
        <translation>{name}-打印稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="220"/>
        <source>{name}: {pages} pages, saved as {path}.</source>
        <translation>{name}：共 {pages} 页，已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="226"/>
        <source>Laying out: {name}</source>
        <translation>排版：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="233"/>
        <source>every reviewer</source>
        <translation>全部评审人</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="74"/>
        <source>Compare and settle</source>
        <translation>对照评分并裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="80"/>
        <source>The chair&apos;s decision</source>
        <translation>组长裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="126"/>
        <source>Set the expert score to</source>
        <translation>专家评分改定为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="128"/>
        <source>Set the cross deduction to</source>
        <translation>交叉评审扣分改定为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="132"/>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="141"/>
        <source>Reason for the decision (required; printed on the summary sheet)</source>
        <translation>裁定理由（必填；将印在汇总表上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="143"/>
        <source>Save the decision</source>
        <translation>保存裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="146"/>
        <source>With no figure changed, the computed scores stand and the disagreement is marked as settled</source>
        <translation>不改任何分数时，按计算结果计分，分歧标记为已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="150"/>
        <source>Withdraw the decision</source>
        <translation>撤回裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="157"/>
        <source>Cross-reviewer</source>
        <translation>交叉评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="158"/>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="159"/>
        <source>Points off</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="160"/>
        <location filename="../../app/ui/chair/flag_dialog.py" line="185"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="161"/>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="168"/>
        <source>Do not count it</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="170"/>
        <source>Leave the chosen cross-review deduction out of the cross deduction</source>
        <translation>所选交叉评审扣分不计入交叉扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="173"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="96"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="205"/>
        <source>Reading the reviews</source>
        <translation>读取评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="234"/>
        <source>&lt;b&gt;{case}&lt;/b&gt; · {candidate} — expert score {expert}, cross deduction {cross}, final {final}</source>
        <translation>&lt;b&gt;{case}&lt;/b&gt; · {candidate} — 专家评分 {expert}，交叉评审扣分 {cross}，最终得分 {final}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="254"/>
        <source>No disagreement is flagged on this dossier.</source>
        <translation>此案卷没有评分分歧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="283"/>
        <source>expert score set to {points}</source>
        <translation>专家评分改定为 {points}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="287"/>
        <source>cross deduction set to {points}</source>
        <translation>交叉评审扣分改定为 {points}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="292"/>
        <source>{count} vetoes overruled</source>
        <translation>不采纳 {count} 项否决</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="293"/>
        <source>computed scores confirmed</source>
        <translation>维持计算结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="295"/>
        <source>Settled: {what}. Reason: {reason}</source>
        <translation>已裁定：{what}。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="300"/>
        <source>Not settled yet. The scores below are as computed from the reviews.</source>
        <translation>尚未裁定。下列分数按各评审人评分计算。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="327"/>
        <source>Overrule the veto: {text}</source>
        <translation>不采纳否决：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="346"/>
        <source>Not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="348"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="350"/>
        <source>Not decided</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="376"/>
        <source>Write the reason for the decision first.</source>
        <translation>请先写明裁定理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="395"/>
        <source>The decision on {case} is saved.</source>
        <translation>{case} 的裁定已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="401"/>
        <source>Saving the decision</source>
        <translation>保存裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="419"/>
        <source>Withdrawing the decision</source>
        <translation>撤回裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="427"/>
        <source>Choose a cross-review deduction in the list first.</source>
        <translation>请先在列表中选择一条交叉评审扣分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="434"/>
        <source>Deciding on the deduction</source>
        <translation>处理扣分</translation>
    </message>
</context>
<context>
    <name>GradeDialog</name>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="91"/>
        <source>Enter the chair&apos;s grade</source>
        <translation>录入综合评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="92"/>
        <source>{label} of {candidate}: 0 to {maximum} points, at most two decimals.</source>
        <translation>{candidate}的{label}：0 到 {maximum} 分，最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="99"/>
        <source>0 – {maximum}</source>
        <translation>0 – {maximum}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="100"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="104"/>
        <source>Entered before</source>
        <translation>此前录入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="106"/>
        <source>{points} ({reason})</source>
        <translation>{points}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="124"/>
        <source>Write the points: 0 to {maximum}, at most two decimals.</source>
        <translation>请填写分值：0 到 {maximum}，最多两位小数。</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="34"/>
        <source>Candidates&apos; list</source>
        <translation>候选对象清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="35"/>
        <source>Reviewers&apos; list</source>
        <translation>评审人清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="36"/>
        <source>Dossiers&apos; list</source>
        <translation>案卷清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="37"/>
        <source>Draw pool</source>
        <translation>抽选案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="45"/>
        <source>row {row} ({case})</source>
        <translation>第 {row} 行（{case}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="47"/>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="59"/>
        <source>{name}: not imported — {reason}</source>
        <translation>{name}：未导入——{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="67"/>
        <source>{name}: {added} added, {unchanged} already in the panel</source>
        <translation>{name}：新增 {added} 条，已有 {unchanged} 条</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="71"/>
        <source>, {refused} left out</source>
        <translation>，{refused} 条未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="80"/>
        <source>{name}: cancelled — nothing of it was imported</source>
        <translation>{name}：已取消，该名单未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="89"/>
        <source>{name}: not a list this program knows (check its column headings)</source>
        <translation>{name}：无法识别的清单（请检查表头）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="98"/>
        <source>{count} PDF files without a dossiers&apos; list: drop the list too; it names each dossier&apos;s PDF</source>
        <translation>{count} 个 PDF 文件没有随附案卷清单：请同时拖入案卷清单，清单中注明了每份案卷的 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="138"/>
        <source>Importing the lists</source>
        <translation>导入清单</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="48"/>
        <source>Drop the files the reviewers brought back (.dpreview) here — as many as you have, in any order. A file that was edited, belongs to another panel or another reviewer, or was scored on a different PDF is refused whole and changes nothing.</source>
        <translation>把评审人交回的评审文件（.dpreview）拖到这里——数量、顺序不限。被改动过、属于其他评审或其他评审人、或所评 PDF 不一致的文件将整份拒收，不会改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="50"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="59"/>
        <location filename="../../app/ui/chair/merge_page.py" line="70"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="60"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="61"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="62"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="63"/>
        <source>Reviews</source>
        <translation>评审份数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="64"/>
        <source>What happened</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="70"/>
        <source>Dossier</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="70"/>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="70"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="80"/>
        <source>Problems found (each refused file, with where the problem is) and warnings about merged files</source>
        <translation>发现的问题（每份被拒文件及问题所在）和已合并文件的提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="91"/>
        <source>Merge the reviewers&apos; files</source>
        <translation>合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="97"/>
        <source>Before each merge a copy of the panel is kept in the “.backups” folder beside it.</source>
        <translation>每次合并前，评审文件都会在旁边的“.backups”文件夹中留一份备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="105"/>
        <source>Choose the reviewers&apos; files</source>
        <translation>选择评审人交回的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="106"/>
        <source>Reviewer files (*{suffix});;All files (*)</source>
        <translation>评审文件 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="127"/>
        <source>{refused} of {count} files were refused and changed nothing; the others are merged. See the problems below.</source>
        <translation>{count} 份文件中有 {refused} 份被拒收，未改动任何数据；其余已合并。问题见下表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="132"/>
        <source>All {count} files are merged.</source>
        <translation>{count} 份文件全部处理完毕。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="135"/>
        <source>Merging the reviewers&apos; files</source>
        <translation>合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="140"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="142"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="144"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="145"/>
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="150"/>
        <source> — look at the warnings below</source>
        <translation> — 请查看下方提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="155"/>
        <source>{reviews} reviews, {deductions} deductions merged</source>
        <translation>已合并 {reviews} 份评审、{deductions} 条扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="159"/>
        <source>Newer copy: replaced file no. {old} ({reviews} reviews)</source>
        <translation>新版本：替换了第 {old} 号文件（{reviews} 份评审）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="163"/>
        <source>The same file was merged before; nothing to do</source>
        <translation>此文件以前已合并，无需处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="166"/>
        <source>Not merged: {first} (and {more} more problems); the panel is unchanged</source>
        <translation>未合并：{first}（另有 {more} 个问题）；评审数据未改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="169"/>
        <source>Not merged: {first}; the panel is unchanged</source>
        <translation>未合并：{first}；评审数据未改动</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="176"/>
        <source>Merged {merged} · updated {updated} · unchanged {unchanged} · refused {refused}</source>
        <translation>已合并 {merged} · 已更新 {updated} · 无变化 {unchanged} · 已拒收 {refused}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="184"/>
        <source>(copy of the panel before the merge: {name})</source>
        <translation>（合并前备份：{name}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="218"/>
        <source>(the whole file)</source>
        <translation>（整份文件）</translation>
    </message>
</context>
<context>
    <name>NewPanelDialog</name>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="279"/>
        <source>{file} holds several checklists. Which sheet?</source>
        <translation>{file} 中有多张评查表，导入哪一张？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="157"/>
        <source>Import checklist from Excel…</source>
        <translation>从 Excel 导入评查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="159"/>
        <source>Use the office&apos;s own checklist (评查表) from an .xlsx sheet instead of this one</source>
        <translation>改用本单位自己的评查表（.xlsx 工作表），代替这张评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="162"/>
        <source>Use the rule set&apos;s checklist</source>
        <translation>改回规则自带的评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="223"/>
        <source>{title} (imported)</source>
        <translation>{title}（导入）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="235"/>
        <source>Imported from {file}: {items} items, {points} points. It is stored in the panel.</source>
        <translation>从 {file} 导入：{items} 个评查项目，共 {points} 分。评查表将保存在评审文件中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="263"/>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="278"/>
        <source>Import checklist from Excel</source>
        <translation>从 Excel 导入评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="263"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="75"/>
        <source>New panel</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="86"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="94"/>
        <source>Dossiers must be closed within the campaign</source>
        <translation>案卷须在活动期间内结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="102"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="114"/>
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="115"/>
        <source>Hide candidates&apos; names and regions from the reviewers</source>
        <translation>对评审人隐去候选对象名称和地区（盲评）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="121"/>
        <source>Panel title</source>
        <translation>评审名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="122"/>
        <source>Save as</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="123"/>
        <source>Rule set</source>
        <translation>评审规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="125"/>
        <source>Campaign</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="126"/>
        <source>Expert score</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="127"/>
        <source>Cross-review deduction</source>
        <translation>交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="128"/>
        <source>Flag experts apart by more than</source>
        <translation>专家总分相差超过此值时提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="136"/>
        <source>The defaults come from the chosen rule set. They are stored in the panel and cannot be changed later.</source>
        <translation>默认值来自所选规则。这些设置保存在评审中，以后不能更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="174"/>
        <source>What the rule set computes</source>
        <translation>规则说明（计算方法）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="175"/>
        <source>Checklist (read-only)</source>
        <translation>评查表（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="179"/>
        <source>Create panel</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="315"/>
        <source>Save the new panel as</source>
        <translation>新评审保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="315"/>
        <source>Panels (*.dpanel)</source>
        <translation>评审文件 (*.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="345"/>
        <source>Choose where to save the panel.</source>
        <translation>请选择评审的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="347"/>
        <source>A file of that name already exists. Choose another name.</source>
        <translation>已有同名文件，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="349"/>
        <source>The folder does not exist. Choose another place.</source>
        <translation>文件夹不存在，请换一个位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="351"/>
        <source>The campaign ends before it starts.</source>
        <translation>活动结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="210"/>
        <source>Import the candidates&apos; and dossiers&apos; lists with their PDFs</source>
        <translation>导入候选对象清单、案卷清单及 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="215"/>
        <source>{candidates} candidates, {dossiers} dossiers; {errors} problems to fix</source>
        <translation>{candidates} 个候选对象、{dossiers} 份案卷；{errors} 处须补正</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="221"/>
        <source>{candidates} candidates, {dossiers} dossiers; complete</source>
        <translation>{candidates} 个候选对象、{dossiers} 份案卷；组成齐全</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="231"/>
        <source>Import the reviewers&apos; list, then assign</source>
        <translation>导入评审人清单，然后分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="234"/>
        <source>{reviewers} reviewers; no dossier assigned yet</source>
        <translation>{reviewers} 位评审人；尚未分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="241"/>
        <source>{assigned} of {dossiers} dossiers assigned; {conflicts} conflicts</source>
        <translation>{dossiers} 份案卷中已分配 {assigned} 份；{conflicts} 处冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="247"/>
        <source>All {dossiers} dossiers assigned to {reviewers} reviewers</source>
        <translation>{dossiers} 份案卷已全部分配给 {reviewers} 位评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="256"/>
        <source>One file per reviewer, to hand out on a USB stick</source>
        <translation>每位评审人一个文件，用 U 盘发放</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="257"/>
        <source>After the assignment</source>
        <translation>分配案卷之后</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="262"/>
        <source>No reviewer file merged yet</source>
        <translation>尚未合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="265"/>
        <source>{reviewed} of {dossiers} dossiers have scores</source>
        <translation>{dossiers} 份案卷中 {reviewed} 份已有评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="270"/>
        <source>Every dossier has scores</source>
        <translation>每份案卷都已有评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="275"/>
        <source>After the merge</source>
        <translation>合并评审文件之后</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="278"/>
        <source>{flags} disagreements to settle</source>
        <translation>{flags} 处分歧待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="281"/>
        <source>No open disagreement</source>
        <translation>没有待处理的分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="286"/>
        <source>Spreadsheet, review sheets and the panel&apos;s report</source>
        <translation>电子表格、评查表和评查结果报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="195"/>
        <source>1  Dossiers and candidates</source>
        <translation>1  案卷与候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="196"/>
        <source>2  Reviewers and assignment</source>
        <translation>2  评审人与分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="197"/>
        <source>3  Packages for the reviewers</source>
        <translation>3  生成评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="198"/>
        <source>4  Merge the reviewers&apos; files</source>
        <translation>4  合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="199"/>
        <source>5  Results and disagreements</source>
        <translation>5  结果与分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="200"/>
        <source>6  Export and print</source>
        <translation>6  导出与打印</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="106"/>
        <source>Steps of the panel</source>
        <translation>评审步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="118"/>
        <source>Title</source>
        <translation>评审名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="119"/>
        <source>File</source>
        <translation>评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="120"/>
        <source>Rule set</source>
        <translation>评审规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="121"/>
        <source>Campaign</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="122"/>
        <source>Expert score</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="123"/>
        <source>Cross-review deduction</source>
        <translation>交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="124"/>
        <source>Disagreement threshold</source>
        <translation>分歧阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="125"/>
        <source>Blind review</source>
        <translation>盲评</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="133"/>
        <source>These settings were fixed when the panel was created.</source>
        <translation>这些设置在新建评审时确定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="138"/>
        <source>Panel settings</source>
        <translation>评审设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="139"/>
        <source>What the rule set computes</source>
        <translation>规则说明（计算方法）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="140"/>
        <source>Checklist (read-only)</source>
        <translation>评查表（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="161"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="165"/>
        <source>not limited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="170"/>
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="173"/>
        <source>Yes: reviewers do not see the candidates&apos; names</source>
        <translation>是：评审人看不到候选对象名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="173"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="44"/>
        <source>Choose a folder, e.g. on the USB stick</source>
        <translation>选择文件夹，例如 U 盘</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="45"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="47"/>
        <source>Make every reviewer&apos;s package</source>
        <translation>生成全部评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="50"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="53"/>
        <source>Print the passphrase slips…</source>
        <translation>打印口令单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="57"/>
        <source>Write the packages to</source>
        <translation>评审包保存到</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="65"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="67"/>
        <source>Dossiers</source>
        <translation>案卷数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="68"/>
        <source>Package file</source>
        <translation>评审包文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="69"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="78"/>
        <source>Packages for the reviewers</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="82"/>
        <source>Each reviewer gets one encrypted file with their dossiers&apos; PDFs, the checklist and the key their scores will be signed with, and a passphrase to open it. Copy each file to that reviewer&apos;s USB stick and hand them the printed passphrase slip separately, never with the stick. Making the packages again (after changing the assignment) gives new passphrases: print the slips again.</source>
        <translation>每位评查人得到一个加密文件，内含其案卷PDF、评查表和为评分签名的密钥，另有一个打开它的口令。把文件拷到该评查人的U盘，并单独交给其打印好的口令单，切勿与U盘放在一起。重新生成评查包（例如调整分配后）会产生新口令：请重新打印口令单。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="91"/>
        <source>Where should the packages go?</source>
        <translation>评审包保存到哪里？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="117"/>
        <source>{count} packages written to {folder}. Hand each file to its reviewer.</source>
        <translation>已生成 {count} 个评审包，保存在 {folder}。请把每个文件交给对应的评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="122"/>
        <source>Making the packages</source>
        <translation>生成评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="130"/>
        <source>Save the passphrase slips</source>
        <translation>保存口令单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="131"/>
        <source>{name}-passphrase-slips.pdf</source>
        <translation>{name}-口令单.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="132"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="140"/>
        <source>Do not save the slips with the packages: whoever gets both opens every dossier.</source>
        <translation>不要把口令单和评查包存在一起：同时拿到两者的人可以打开全部案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="151"/>
        <source>The slips are in {path}. Print them and hand each to its reviewer separately from the USB stick.</source>
        <translation>口令单已保存到 {path}。请打印，并与U盘分开交给各评查人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="155"/>
        <source>Printing the slips</source>
        <translation>正在生成口令单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="164"/>
        <source>{name}-packages</source>
        <translation>{name}-评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="172"/>
        <source>No dossier assigned</source>
        <translation>未分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="174"/>
        <source>Written</source>
        <translation>已生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="176"/>
        <source>Not written yet</source>
        <translation>尚未生成</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="143"/>
        <source>Choose the pooled member candidates</source>
        <translation>选定汇总计算的下级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="145"/>
        <source>{unit} has {have} member candidates; the notice pools {count}. Tick the {count} whose dossiers count for it.</source>
        <translation>{unit}下有 {have} 个下级候选单位，通知规定汇总 {count} 个。请勾选案卷计入其指标的 {count} 个单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="165"/>
        <source>Tick exactly {count} ({chosen} ticked).</source>
        <translation>须恰好勾选 {count} 个（已勾选 {chosen} 个）。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="83"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="73"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="76"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="86"/>
        <source>Cancel printing</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="113"/>
        <source>{name}: {pages} pages</source>
        <translation>{name}：共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="117"/>
        <source>The printout could not be shown. Details are in the log.</source>
        <translation>无法显示打印稿。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="160"/>
        <source>{sent} pages sent to the printer.</source>
        <translation>已发送 {sent} 页到打印机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="165"/>
        <source>Printing was cancelled.</source>
        <translation>已取消打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="187"/>
        <source>Save the PDF as</source>
        <translation>PDF 另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="187"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="202"/>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="209"/>
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>出现问题：{error}。详情已写入日志。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="292"/>
        <location filename="../../app/ui/chair/widgets.py" line="311"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="293"/>
        <source>Stop; the panel stays as it was before</source>
        <translation>停止；评审数据保持原样</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="308"/>
        <source>{task} …</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="315"/>
        <source>{task}: {stage}</source>
        <translation>{task}：{stage}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="319"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="323"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="41"/>
        <source>Rank / how it was computed</source>
        <translation>名次 / 计算过程</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="42"/>
        <source>Candidate</source>
        <translation>候选对象（类别）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="43"/>
        <source>Indicator</source>
        <translation>指标得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="44"/>
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="45"/>
        <location filename="../../app/ui/chair/ranking_view.py" line="92"/>
        <source>Complete</source>
        <translation>已评完</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="88"/>
        <source>No. {rank}</source>
        <translation>第 {rank} 名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="34"/>
        <source>Scores missing</source>
        <translation>尚缺评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="29"/>
        <source>To settle</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="30"/>
        <source>The composition check has errors to settle (set a dossier aside): the figure will change</source>
        <translation>案卷组成检查有待处理的错误（在“案卷与候选对象”页搁置多出或共用的案卷、选定以哪一份为准）：分数还会变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="33"/>
        <source>Grade missing</source>
        <translation>待打分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="33"/>
        <source>The chair has not entered the grade yet: counted as 0</source>
        <translation>组长尚未录入综合打分：暂按 0 分计</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="101"/>
        <source>Every counted dossier has its final score</source>
        <translation>计入的案卷都已有最终得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="34"/>
        <source>Some dossiers are not scored yet: the figure will change</source>
        <translation>有案卷尚未评完：得分还会变化</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="80"/>
        <source>Required: it is kept with the change and printed in the records</source>
        <translation>必填：将随本次更改保存，并印在记录中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="82"/>
        <source>Optional: it is kept with the change</source>
        <translation>选填：将随本次更改保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="105"/>
        <source>Write the reason to go on.</source>
        <translation>写明理由后才能继续。</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="74"/>
        <source>Filter: case number or candidate</source>
        <translation>筛选：案卷编号或候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="57"/>
        <location filename="../../app/ui/chair/results_page.py" line="100"/>
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="58"/>
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="59"/>
        <source>Experts&apos; scores</source>
        <translation>各专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="60"/>
        <source>Expert score</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="61"/>
        <source>Cross deductions</source>
        <translation>交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="62"/>
        <source>Cross</source>
        <translation>交叉扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="63"/>
        <source>Vetoes / scores 0</source>
        <translation>否决 / 计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="64"/>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="65"/>
        <location filename="../../app/ui/chair/results_page.py" line="101"/>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="75"/>
        <source>Record a check…</source>
        <translation>录入核查结果…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="77"/>
        <source>A check outside the review the rule set counts, such as the mobile enforcement system</source>
        <translation>评审规则计分的评审以外的核查，如移动执法系统查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="88"/>
        <source>Double-click a dossier to see its reviews side by side; right-click it to set it aside.</source>
        <translation>双击案卷可并排查看各评审人的评分；右键点击可搁置该案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="102"/>
        <location filename="../../app/ui/chair/results_page.py" line="152"/>
        <source>Item</source>
        <translation>评查项目</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="103"/>
        <source>Who gave what</source>
        <translation>各评审人评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="104"/>
        <location filename="../../app/ui/chair/results_page.py" line="174"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="111"/>
        <source>Compare and settle…</source>
        <translation>对照并裁定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="121"/>
        <source>Double-click a disagreement to see the reviewers&apos; item scores side by side, with the PDF, and settle it with a reason.</source>
        <translation>双击一处分歧，可并排对照各评审人的逐项评分和案卷 PDF，并写明理由作出裁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="136"/>
        <source>Enter the chair&apos;s grade…</source>
        <translation>录入综合评分…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="153"/>
        <source>Part</source>
        <translation>所属部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="154"/>
        <source>Dossiers</source>
        <translation>涉及案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="155"/>
        <source>Reviews</source>
        <translation>扣分人次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="156"/>
        <source>Points off</source>
        <translation>共扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="157"/>
        <source>Most frequent reasons</source>
        <translation>常见扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="168"/>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="169"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="170"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="171"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="172"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="173"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="175"/>
        <source>Last change</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="46"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="47"/>
        <source>Typical problems</source>
        <translation>典型问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="48"/>
        <source>Reviewers&apos; progress</source>
        <translation>评审进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="226"/>
        <source>Choose a dossier in the list first.</source>
        <translation>请先在列表中选中一份案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="230"/>
        <source>The rule set counts no check outside the review for this dossier.</source>
        <translation>评审规则对该案卷没有评审以外的核查项目。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="252"/>
        <source>Choose a candidate the chair grades in the ranking first.</source>
        <translation>请先在排名中选中一个由组长综合评分的候选对象。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="267"/>
        <source>The chair grades {count} candidates, all graded: choose one and press the button to change its grade.</source>
        <translation>有 {count} 个候选对象由组长综合评分，均已评分：选中后点按钮可修改评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="273"/>
        <source>The chair grades {count} candidates ({missing} not graded yet): choose one and press the button, or right-click it.</source>
        <translation>有 {count} 个候选对象由组长综合评分（{missing} 个尚未评分）：选中后点按钮，或右键点击。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="277"/>
        <source>Expand a candidate to see how its indicator was computed.</source>
        <translation>展开候选对象可查看指标的计算步骤。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="296"/>
        <source>Dossier scores ({count})</source>
        <translation>案卷得分（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="299"/>
        <source>Disagreements ({open} open of {count})</source>
        <translation>分歧（{count} 处中 {open} 处待处理）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="70"/>
        <source>not yet</source>
        <translation>未评完</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="71"/>
        <source>No expert score yet</source>
        <translation>尚无专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="76"/>
        <source>* settled by the chair</source>
        <translation>* 经组长裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="82"/>
        <source>{count} open</source>
        <translation>{count} 处待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="84"/>
        <source>Settled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="90"/>
        <source>(no expert score yet)</source>
        <translation>（尚无专家评分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="147"/>
        <source>(whole dossier)</source>
        <translation>（整份案卷）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="186"/>
        <source>{text} ×{count}</source>
        <translation>{text} ×{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="192"/>
        <source>{count} of {of}</source>
        <translation>{count} / {of}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="216"/>
        <source>Nothing assigned</source>
        <translation>未分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="218"/>
        <source>All complete</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="222"/>
        <source>{done} of {all} complete</source>
        <translation>已完成 {done} / {all}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_rows.py" line="225"/>
        <source>Not started (or file not merged)</source>
        <translation>未开始（或文件未合并）</translation>
    </message>
</context>
<context>
    <name>ReviewersPage</name>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="99"/>
        <source>Drop the reviewers&apos; list (CSV or XLSX) here: ID, name, role (专家 or 交叉), region, unit.</source>
        <translation>把评审人清单（CSV 或 XLSX）拖到这里：编号、姓名、角色（专家或交叉）、地区、单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="101"/>
        <source>Choose list…</source>
        <translation>选择清单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="126"/>
        <source>all experts</source>
        <translation>全部专家</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="131"/>
        <source>empty: a new random seed</source>
        <translation>留空：自动生成新种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="134"/>
        <source>Assign automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="138"/>
        <source>Experts per dossier</source>
        <translation>每份案卷专家人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="139"/>
        <source>Cross-reviewers per dossier</source>
        <translation>每份案卷交叉评审人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="141"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="164"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="165"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="166"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="167"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="168"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="169"/>
        <source>Dossiers</source>
        <translation>分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="170"/>
        <source>Region rule</source>
        <translation>回避规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="178"/>
        <location filename="../../app/ui/chair/reviewers_page.py" line="327"/>
        <source>Reset the sequence…</source>
        <translation>重置序号…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="181"/>
        <source>When a reviewer&apos;s files are refused as older than one merged before (a new laptop, a workspace begun anew)</source>
        <translation>评审人的文件因“早于已合并的文件”被拒收时使用（换了电脑、重新开始工作区）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="186"/>
        <source>A reviewer who starts again on another laptop sends files numbered from 1: reset their sequence so the next file is accepted.</source>
        <translation>评审人换电脑重新开始后，文件序号从 1 开始：重置其序号，下一份文件才能合并。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="113"/>
        <source>Assignment matrix</source>
        <translation>分配矩阵</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="114"/>
        <source>Reviewers</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="192"/>
        <source>Choose the reviewers&apos; list</source>
        <translation>选择评审人清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="210"/>
        <source>Import the dossiers and the reviewers first.</source>
        <translation>请先导入案卷和评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="214"/>
        <source>Assign again</source>
        <translation>重新分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="216"/>
        <source>Assigning again replaces the automatic pairs. Pairs made by hand and reviews already started are kept. Go on?</source>
        <translation>重新分配会替换自动分配的结果；组长手动分配的和已开始评审的保留不变。继续吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="234"/>
        <source>Reviewers bound by the region rule but without a region (it cannot be checked): {names}</source>
        <translation>受回避规则约束但未填写地区的评审人（无法核对回避）：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="238"/>
        <source>Assigned with the seed {seed}: {added} pairs made, {kept} kept.</source>
        <translation>已按随机种子 {seed} 分配：新分配 {added} 处，保留 {kept} 处。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="243"/>
        <source>{count} dossiers are short of reviewers; see above the matrix.</source>
        <translation>{count} 份案卷评审人不足，见矩阵上方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="248"/>
        <source>The assignment</source>
        <translation>分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="265"/>
        <source>{reviewer} may not review {case}: {why}. Write why they should all the same.</source>
        <translation>{reviewer} 应回避 {case}（{why}）。如仍要分配，请写明理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="268"/>
        <source>Give {case} to {reviewer}. Why (optional)?</source>
        <translation>把 {case} 分配给 {reviewer}。理由（选填）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="269"/>
        <source>Assign by hand</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="276"/>
        <source>{case} is now assigned to {reviewer} by hand.</source>
        <translation>已把 {case} 手动分配给 {reviewer}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="280"/>
        <source>Assigning by hand</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="295"/>
        <source>Take a dossier away</source>
        <translation>收回案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="297"/>
        <source>Take {case} away from {reviewer}? The automatic assignment will not give it back. Why (optional)?</source>
        <translation>从 {reviewer} 处收回 {case}？之后自动分配不会再分给他。理由（选填）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="304"/>
        <source>Taking the dossier away</source>
        <translation>收回案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="307"/>
        <source>{case} was taken away from {reviewer}.</source>
        <translation>已从 {reviewer} 处收回 {case}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="318"/>
        <source>Choose a reviewer in the list first.</source>
        <translation>请先在列表中选中一名评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="343"/>
        <source>just now</source>
        <translation>刚才</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="346"/>
        <source>Last automatic assignment: seed {seed} ({when}). Enter the same seed to repeat it. Cross-reviewers never get dossiers of their own region or unit.</source>
        <translation>上次自动分配：随机种子 {seed}（{when}）。填入同一种子可重复该分配。交叉评审人不会分到本地区、本单位的案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="351"/>
        <source>Not assigned yet. Cross-reviewers never get dossiers of their own region or unit.</source>
        <translation>尚未分配。交叉评审人不会分到本地区、本单位的案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="355"/>
        <source>Short of reviewers: {list}</source>
        <translation>评审人不足：{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="54"/>
        <source>not bound (expert)</source>
        <translation>不受限（专家）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="56"/>
        <source>no region: cannot be checked</source>
        <translation>未填地区：无法核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="60"/>
        <source>{count} conflicts</source>
        <translation>{count} 处冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="63"/>
        <source>kept</source>
        <translation>已遵守</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="366"/>
        <source>Reviewers ({count})</source>
        <translation>评审人（{count}）</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="25"/>
        <source>no dossiers (scored on the year&apos;s record)</source>
        <translation>不报送案卷（按全年情况计分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="29"/>
        <source>{source} {type}: at least {count}</source>
        <translation>{source}{type}不少于 {count} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="31"/>
        <source>{source} {type}: {count}</source>
        <translation>{source}{type} {count} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="56"/>
        <source>From: {title} ({issuer}, {number})</source>
        <translation>依据：{title}（{issuer}，{number}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="60"/>
        <source>What will be computed</source>
        <translation>计算内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="64"/>
        <source>Candidates and their dossiers</source>
        <translation>候选对象及应报送的案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="67"/>
        <source>{kind} (ranked at {level}, full marks {points}): {dossiers}</source>
        <translation>{kind}（在{level}排名，满分 {points}）：{dossiers}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="76"/>
        <source>Combining the scores</source>
        <translation>分数汇总方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="80"/>
        <source>Dossier score = expert score − cross-review deduction, never below 0</source>
        <translation>案卷得分 = 专家评分 − 交叉评审扣分，最低为 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="84"/>
        <source>A penalty not published on the portal: the dossier scores 0</source>
        <translation>处罚情况未在门户网站公开的，该案卷计 0 分</translation>
    </message>
</context>
<context>
    <name>Settlements</name>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="79"/>
        <location filename="../../app/ui/chair/settle_actions.py" line="124"/>
        <source>Set aside (not counted)…</source>
        <translation>搁置（不计入）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="81"/>
        <location filename="../../app/ui/chair/settle_actions.py" line="117"/>
        <source>Count it again…</source>
        <translation>恢复计入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="84"/>
        <source>{check}: not found…</source>
        <translation>{check}：改为查不到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="84"/>
        <source>{check}: found…</source>
        <translation>{check}：可查到…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="96"/>
        <source>Enter the chair&apos;s grade…</source>
        <translation>录入综合评分…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="98"/>
        <location filename="../../app/ui/chair/settle_actions.py" line="107"/>
        <source>Choose the pooled member candidates…</source>
        <translation>选定汇总计算的下级单位…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="113"/>
        <source>Set {case} aside (not counted)…</source>
        <translation>搁置 {case}（不计入）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="122"/>
        <source>This copy stands…</source>
        <translation>以此份为准…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="158"/>
        <source>Set a dossier aside</source>
        <translation>搁置案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="160"/>
        <source>{case} will no longer count for its candidate (it stays in the panel, its reviews too). Why?</source>
        <translation>{case} 将不再计入其候选对象的指标（案卷及其评分仍保留在本次评审中）。为何搁置？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="162"/>
        <source>Setting the dossier aside</source>
        <translation>搁置案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="164"/>
        <source>{case} is set aside and no longer counted: {reason}</source>
        <translation>{case} 已搁置，不再计入：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="172"/>
        <source>Count a dossier again</source>
        <translation>恢复计入案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="173"/>
        <source>{case} will count for its candidate again. Why?</source>
        <translation>{case} 将重新计入其候选对象的指标。为何恢复？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="174"/>
        <source>Counting the dossier again</source>
        <translation>恢复计入案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="176"/>
        <source>{case} counts again.</source>
        <translation>{case} 已恢复计入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="182"/>
        <source>Choose the copy that stands</source>
        <translation>选定以哪一份为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="184"/>
        <source>This copy of {case} stands; the candidate&apos;s other copies of the case score 0. Why this one?</source>
        <translation>{case} 以此份为准；该候选对象报送的同一案件的其他份计 0 分。为何选这一份？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="186"/>
        <source>Choosing the copy that stands</source>
        <translation>选定以哪一份为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="188"/>
        <source>Dossier {code} stands for {case}; the other copies score 0.</source>
        <translation>{case} 以案卷 {code} 为准；其他份计 0 分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="208"/>
        <source>Choosing the pooled member candidates</source>
        <translation>选定汇总计算的下级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="212"/>
        <source>{unit} pools {members}.</source>
        <translation>{unit}汇总计算：{members}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="225"/>
        <source>The chair&apos;s grade</source>
        <translation>组长综合评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="237"/>
        <source>Entering the chair&apos;s grade</source>
        <translation>录入综合评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="241"/>
        <source>{candidate}: the chair&apos;s grade is {points}.</source>
        <translation>{candidate}：组长综合评分为 {points} 分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="250"/>
        <source>{case}: “{check}” — found. Why (where was it checked)?</source>
        <translation>{case}：“{check}”——可查到。请说明依据（在何处查询）：</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="252"/>
        <source>{case}: “{check}” — not found. Why?</source>
        <translation>{case}：“{check}”——查不到。请说明理由：</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="255"/>
        <source>Record a check</source>
        <translation>录入核查结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="257"/>
        <source>Recording the check</source>
        <translation>录入核查结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="260"/>
        <source>{case}: recorded as found.</source>
        <translation>{case}：已记为可查到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="260"/>
        <source>{case}: recorded as not found.</source>
        <translation>{case}：已记为查不到。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="269"/>
        <source>Reset a reviewer&apos;s sequence</source>
        <translation>重置评审人的文件序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="271"/>
        <source>{reviewer}&apos;s next file may start again from sequence 1 (for example after a new laptop or a workspace begun anew). Scores already merged stay. Why?</source>
        <translation>{reviewer}的下一份文件可从序号 1 重新开始（例如换了电脑或重新开始工作区）。已合并的评分保留。为何重置？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="273"/>
        <source>Resetting the sequence</source>
        <translation>重置序号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_actions.py" line="276"/>
        <source>{reviewer}&apos;s sequence is reset: their next file is accepted from 1.</source>
        <translation>{reviewer}的序号已重置：下一份文件从 1 号起即可合并。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="44"/>
        <source>Dossier review panel — chair</source>
        <translation>案卷评查 — 评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="47"/>
        <source>Build a panel from the candidates&apos;, dossiers&apos; and reviewers&apos; lists, give each reviewer a package on a USB stick, merge the files they bring back, settle the disagreements, and export and print the results. Everything stays on this computer.</source>
        <translation>用候选对象、案卷和评审人清单组建评审，用 U 盘给每位评审人发评审包，合并他们交回的评审文件，处理评分分歧，导出并打印结果。全部工作在本机完成，无需联网。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="52"/>
        <source>New panel</source>
        <translation>新建评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="52"/>
        <source>Choose the rule set and the campaign; then import the lists</source>
        <translation>选择评审规则和活动期间，然后导入清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="55"/>
        <source>Open a panel</source>
        <translation>打开评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="55"/>
        <source>Continue with a panel file (.dpanel)</source>
        <translation>继续处理已有的评审文件（.dpanel）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="63"/>
        <source>Opened lately (double-click to open)</source>
        <translation>最近打开（双击打开）</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="37"/>
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="52"/>
        <source>(not set)</source>
        <translation>（未设）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="129"/>
        <source>{reviewer} would review a dossier of their own unit ({value})</source>
        <translation>{reviewer} 评审了本单位的案卷（{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="132"/>
        <source>{reviewer} would review a dossier from their own region ({value})</source>
        <translation>{reviewer} 评审了本地区的案卷（{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="143"/>
        <source>{dossier}: {assigned} of {needed} experts</source>
        <translation>{dossier}：专家 {assigned} 人，应有 {needed} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="147"/>
        <source>{dossier}: {assigned} of {needed} cross-reviewers</source>
        <translation>{dossier}：交叉评审 {assigned} 人，应有 {needed} 人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="151"/>
        <source> — not allowed: {who}</source>
        <translation>——应回避：{who}</translation>
    </message>
</context>
<context>
    <name>_ReasonedDialog</name>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="43"/>
        <source>Required: it is kept with the change and printed in the records</source>
        <translation>必填：理由随更改一同保存，并打印在记录中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="59"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/settle_dialogs.py" line="69"/>
        <source>Write the reason to go on.</source>
        <translation>请填写理由后继续。</translation>
    </message>
</context>
</TS>
