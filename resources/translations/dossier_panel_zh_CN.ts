<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="66" />
        <source>About Dossier Panel</source>
        <translation>关于案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="67" />
        <source>Dossier Panel {version}</source>
        <translation>案卷评查 {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="74" />
        <source>Offline review of enforcement case dossiers: reviewers score, the chair merges and ranks.</source>
        <translation>执法案卷离线评查：评审人评分，评审组长合并、排名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="90" />
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="91" />
        <source>Settings</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="92" />
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="101" />
        <source>The licence file is missing.</source>
        <translation>许可证文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="105" />
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="113" />
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/window_actions.py" line="25" />
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="26" />
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="27" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="28" />
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="34" />
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="41" />
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="49" />
        <source>Reason {n}</source>
        <translation>扣分理由 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="57" />
        <source>Veto {n}</source>
        <translation>否决项 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="63" />
        <source>Tick or untick the current item's reason with that number</source>
        <translation>勾选或取消当前评查项中对应编号的扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="68" />
        <source>Set (with a written reason) or clear the veto with that number</source>
        <translation>设置（须写明理由）或取消对应编号的否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="73" />
        <source>Free deduction…</source>
        <translation>自由扣分…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="76" />
        <source>Free deduction with a written reason</source>
        <translation>自由扣分（须写明理由）</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="78" />
        <source>Note on the item</source>
        <translation>评查项备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="82" />
        <source>Anchor to this page</source>
        <translation>锚定到本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="85" />
        <source>Anchor the current item's latest deduction to the page in view</source>
        <translation>把当前评查项最近一条扣分锚定到正在查看的页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="90" />
        <source>Draw evidence box</source>
        <translation>框选证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="93" />
        <source>Draw a box round the evidence for the current item's latest deduction</source>
        <translation>在页面上为当前评查项最近一条扣分框选证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="98" />
        <source>Anchor new deductions to the page in view</source>
        <translation>新扣分自动锚定到正在查看的页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="106" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="107" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="113" />
        <source>Mark complete</source>
        <translation>完成评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="118" />
        <source>Reopen dossier</source>
        <translation>重新打开案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="124" />
        <source>Next dossier</source>
        <translation>下一份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="131" />
        <source>Previous dossier</source>
        <translation>上一份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="138" />
        <source>Show or hide the dossier list</source>
        <translation>显示或隐藏案卷列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="143" />
        <source>Export reviewer file…</source>
        <translation>导出评审文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="145" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="150" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="155" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="161" />
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="164" />
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="169" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="177" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="185" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="193" />
        <source>Find in the dossier</source>
        <translation>在案卷中查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="198" />
        <source>Next or previous match</source>
        <translation>下一个或上一个匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="199" />
        <source>Rotate pages</source>
        <translation>旋转页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="200" />
        <source>Cancel drawing an evidence box</source>
        <translation>取消框选证据</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="203" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="207" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="211" />
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="225" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="234" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="236" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_actions.py" line="245" />
        <source>About Dossier Panel…</source>
        <translation>关于案卷评查…</translation>
    </message>
</context>
<context>
    <name>Anchor</name>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="106" />
        <source>no page</source>
        <translation>未锚定页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="108" />
        <source>p. {page} (box)</source>
        <translation>第 {page} 页（框选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="109" />
        <source>p. {page}</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>AnchorLine</name>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="121" />
        <source>Show the evidence in the dossier</source>
        <translation>在案卷中显示证据位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="123" />
        <source>This page</source>
        <translation>本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="124" />
        <source>Anchor to the page in view (A)</source>
        <translation>锚定到正在查看的页 (A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="126" />
        <source>Draw box</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="127" />
        <source>Draw a box round the evidence on the page (B)</source>
        <translation>在页面上框选证据 (B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="129" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="130" />
        <source>Remove this deduction (Ctrl+Z brings it back)</source>
        <translation>删除这条扣分（Ctrl+Z 可恢复）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="109" />
        <location filename="../../app/ui/app.py" line="164" />
        <source>Dossier Panel</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="147" />
        <source>Open a panel or workspace</source>
        <translation>打开评查面板或评审工作区</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="149" />
        <source>Panels (*.dpanel)</source>
        <translation>评查面板 (*.dpanel)</translation>
    </message>
</context>
<context>
    <name>AssignmentMatrix</name>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="77" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="78" />
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="79" />
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="80" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="81" />
        <source>Barred</source>
        <translation>回避</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="82" />
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="89" />
        <source>given by the automatic assignment</source>
        <translation>由自动分配给出</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="90" />
        <source>given by the chair, kept when assigning again</source>
        <translation>由评审组长手动分配，重新分配时保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="91" />
        <source>review started, kept</source>
        <translation>已开始评查，保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="92" />
        <source>breaks the region rule, given with a reason</source>
        <translation>违反地区回避规则，已写明理由分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="93" />
        <source>own region or unit, never given automatically</source>
        <translation>本地区或本单位，自动分配时不会分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="94" />
        <source>taken out by the chair</source>
        <translation>已被评审组长收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="96" />
        <source>{word}: {meaning}</source>
        <translation>{word}：{meaning}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="97" />
        <source>{parts}. Double-click a cell to change it.</source>
        <translation>{parts}。双击单元格可修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="120" />
        <source>{name}
{role} · {load}</source>
        <translation>{name}
{role} · {load}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="125" />
        <source>{id} {name}, {role}; region: {region}; unit: {unit}; {load} dossiers</source>
        <translation>{id} {name}，{role}；地区：{region}；单位：{unit}；{load} 份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="149" />
        <source>{conflict}. Reason given: {reason}</source>
        <translation>{conflict}。所写理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="155" />
        <source>The review has started; this pair stays when you assign again</source>
        <translation>已开始评查；重新分配时保留此分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="159" />
        <source>Assigned by hand; kept when you assign again. Reason: {reason}</source>
        <translation>手动分配；重新分配时保留。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="163" />
        <source>Assigned automatically; double-click to take it out</source>
        <translation>自动分配；双击可收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="167" />
        <source>Not allowed: {why}. Double-click to assign anyway, with a reason</source>
        <translation>不允许：{why}。双击可写明理由后仍然分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="171" />
        <source>Taken out by the chair: {reason}</source>
        <translation>已被评审组长收回：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="176" />
        <source>Double-click to assign</source>
        <translation>双击分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="211" />
        <source>Take this dossier away from the reviewer…</source>
        <translation>从该评审人收回此案卷…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/assignment_matrix.py" line="214" />
        <source>Give this dossier to the reviewer…</source>
        <translation>把此案卷分配给该评审人…</translation>
    </message>
</context>
<context>
    <name>ChairApp</name>
    <message>
        <location filename="../../app/ui/chair/chair_app.py" line="52" />
        <source>Something went wrong in the window ({kind}). The panel is safe; details are in {log}.</source>
        <translation>窗口出错（{kind}）。评查面板未受影响；详情见 {log}。</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="130" />
        <source>Chair</source>
        <translation>评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="143" />
        <source>&amp;Panel</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="144" />
        <source>&amp;New panel…</source>
        <translation>新建面板(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="147" />
        <source>&amp;Open panel…</source>
        <translation>打开面板(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="150" />
        <source>Opened &amp;lately</source>
        <translation>最近打开(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="152" />
        <source>&amp;Close panel</source>
        <translation>关闭面板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="154" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="164" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="173" />
        <source>How a panel runs</source>
        <translation>评审流程</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="182" />
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="189" />
        <source>The language changes the next time the program starts.</source>
        <translation>下次启动程序时更改语言。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="195" />
        <source>1 import the candidates' and dossiers' lists with the PDFs · 2 import the reviewers and assign · 3 make the packages and hand them out · 4 merge the files the reviewers bring back · 5 settle the disagreements · 6 export and print.</source>
        <translation>1 导入候选对象和案卷清单及 PDF · 2 导入评审人并分配 · 3 生成并分发评审包 · 4 合并评审人交回的文件 · 5 裁定分歧 · 6 导出和打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="202" />
        <source>Open a panel</source>
        <translation>打开评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="202" />
        <source>Panels (*.dpanel)</source>
        <translation>评查面板 (*.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="220" />
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="222" />
        <source>Opening the panel</source>
        <translation>正在打开面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="235" />
        <source>Creating the panel</source>
        <translation>正在创建面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="245" />
        <source>{title} is open.</source>
        <translation>{title} 已打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="249" />
        <source>Please wait until the current task has finished.</source>
        <translation>请等待当前任务完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="258" />
        <source>No panel open</source>
        <translation>未打开面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="259" />
        <source>Dossier review — chair</source>
        <translation>案卷评查——评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="284" />
        <source>{title} — chair — Dossier review</source>
        <translation>{title}——评审组长——案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="288" />
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="289" />
        <source>1 Dossiers</source>
        <translation>1 案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="290" />
        <source>2 Reviewers</source>
        <translation>2 评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="291" />
        <source>3 Packages</source>
        <translation>3 评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="292" />
        <source>4 Merge</source>
        <translation>4 合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="293" />
        <source>5 Results</source>
        <translation>5 结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="294" />
        <source>6 Export &amp; print</source>
        <translation>6 导出和打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="306" />
        <source>Last change {time}</source>
        <translation>最近修改 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="352" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/chair_window.py" line="354" />
        <source>{task} is still running. Stop it and quit? The panel stays as it was before the task.</source>
        <translation>{task}仍在进行。停止并退出吗？面板将保持任务开始前的状态。</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../app/ui/shortcuts.py" line="111" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="134" />
        <source>Choose a dossier on the left.</source>
        <translation>请在左侧选择案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="189" />
        <source>Overall note on this dossier</source>
        <translation>本案卷总体评查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="191" />
        <source>Saved when you leave the field</source>
        <translation>离开输入框时自动保存</translation>
    </message>
</context>
<context>
    <name>ChecklistTree</name>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="101" />
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="101" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="133" />
        <source>Vetoes (the dossier or indicator scores 0)</source>
        <translation>否决项（案卷或指标计 0 分）</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="100" />
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="100" />
        <source>Worth</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="142" />
        <source>Veto: {text}</source>
        <translation>否决项：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="150" />
        <source>Total / points off</source>
        <translation>总分 / 扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="187" />
        <location filename="../../app/ui/chair/flag_compare.py" line="209" />
        <source> (p. {page})</source>
        <translation>（第 {page} 页）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="190" />
        <source> [rejected]</source>
        <translation>［已驳回］</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="192" />
        <source> [kept]</source>
        <translation>［保留］</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="199" />
        <source>Click to show the page</source>
        <translation>点击显示该页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="205" />
        <source>not marked</source>
        <translation>未标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="206" />
        <source>Marked: {reason}</source>
        <translation>已标记：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="222" />
        <source>{score} (−{off})</source>
        <translation>{score}（−{off}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_compare.py" line="226" />
        <source>−{off}</source>
        <translation>−{off}</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <location filename="../../app/ui/chair/context.py" line="79" />
        <source>Reading the panel</source>
        <translation>正在读取评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="121" />
        <source>Please wait: {task} is still running.</source>
        <translation>请稍候：{task}仍在进行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="156" />
        <source>{task}: cancelled. Nothing in the panel was changed.</source>
        <translation>{task}：已取消。评查面板未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="166" />
        <source>{task} did not succeed: {reason}. Nothing in the panel was changed.</source>
        <translation>{task}未成功：{reason}。评查面板未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="168" />
        <source>{task} did not succeed: {reason}.</source>
        <translation>{task}未成功：{reason}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="185" />
        <source>checking the PDFs (fingerprint, pages)</source>
        <translation>正在核对 PDF（指纹、页数）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="186" />
        <source>writing the packages</source>
        <translation>正在生成评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="187" />
        <source>checking the reviewer files</source>
        <translation>正在核对评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="188" />
        <source>writing the scores</source>
        <translation>正在写入评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="189" />
        <source>gathering the results</source>
        <translation>正在汇总结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="190" />
        <source>laying out the pages</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="191" />
        <source>preparing the pages</source>
        <translation>正在准备页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/context.py" line="192" />
        <source>sending the pages to the printer</source>
        <translation>正在发送到打印机</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="54" />
        <source>The computer ran out of memory.</source>
        <translation>电脑内存不足。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="56" />
        <source>A file could not be opened: the system did not allow it ({file}).</source>
        <translation>无法打开文件：系统不允许访问（{file}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="60" />
        <source>A file the program needed was not found ({file}).</source>
        <translation>找不到程序需要的文件（{file}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="64" />
        <source>A file could not be read or written (a full disk or a removed USB stick?).</source>
        <translation>无法读取或写入文件（磁盘已满，或 U 盘已拔出？）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="68" />
        <source>The panel file could not be read or written.</source>
        <translation>无法读取或写入评查文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="69" />
        <source>An unexpected error occurred in the program ({kind}).</source>
        <translation>程序发生意外错误（{kind}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="77" />
        <source>Your scores are safe: every change is saved whole or not at all. You can go on working; if something looks wrong, close the program and start it again.</source>
        <translation>您的评分不受影响：每项修改要么完整保存，要么完全不保存。您可以继续工作；如发现异常，请关闭程序后重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="84" />
        <source>The details are in the log file {path} — please give it to the panel chair.</source>
        <translation>详细信息记录在日志文件 {path} 中，请将其交给评审组长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="95" />
        <source>Something went wrong</source>
        <translation>程序出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_handler.py" line="100" />
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="34" />
        <source>Manifests (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>清单 (*.csv *.xlsx *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DossierList</name>
    <message>
        <location filename="../../app/ui/dossier_list.py" line="160" />
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/dossier_list.py" line="212" />
        <source>Complete {done} / {total}</source>
        <translation>已完成 {done} / {total}</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <location filename="../../app/ui/dossier_list.py" line="60" />
        <source>{pages} pages</source>
        <translation>共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="62" />
        <source>Drop the candidates' and dossiers' lists (CSV or XLSX) here, with the folder of PDFs beside the dossiers' list. Import the candidates first; the PDFs are checked and copied into the panel.</source>
        <translation>把候选对象清单和案卷清单（CSV 或 XLSX）拖到这里，PDF 文件夹放在案卷清单旁边。请先导入候选对象；PDF 会经过核对并复制到面板中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="64" />
        <source>Choose lists…</source>
        <translation>选择清单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="69" />
        <source>Random draw…</source>
        <translation>随机抽选…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="71" />
        <source>Draw the randomly drawn dossiers from the national system's pool</source>
        <translation>从全国系统的案件池中抽选随机抽选案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="83" />
        <source>Candidate / case number</source>
        <translation>候选对象 / 案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="84" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="85" />
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="86" />
        <source>Composition check</source>
        <translation>组成检查</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="100" />
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="101" />
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="102" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="103" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="104" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="105" />
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="106" />
        <source>Published</source>
        <translation>公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="107" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="108" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="116" />
        <source>Print the draw records…</source>
        <translation>打印抽选记录…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="117" />
        <source>The records are part 4 of the panel's printed report</source>
        <translation>抽选记录是评审报告的第 4 部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="127" />
        <source>Each record keeps the pool and the seed: the draw can be repeated and checked by anyone.</source>
        <translation>每条记录都保存了案件池和随机种子：任何人都可以重复并核对抽选。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="142" />
        <source>Dossier details come from the list and are read-only here. To correct one, correct the list and build the panel again before reviewing starts.</source>
        <translation>案卷信息来自清单，此处只读。如需更正，请在评查开始前更正清单并重新建立面板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="164" />
        <source>Choose the candidates' and dossiers' lists</source>
        <translation>选择候选对象清单和案卷清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="186" />
        <source>The import is done, but some rows were left out; see the list above the tables.</source>
        <translation>导入已完成，但有些行未导入；请查看表格上方的列表。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="189" />
        <source>The lists were imported.</source>
        <translation>清单已导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="200" />
        <source>Drawn for {count} candidates with the seed {seed}.</source>
        <translation>已用随机种子 {seed} 为 {count} 个候选对象抽选。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="204" />
        <source>{short} pools were too small; see the records.</source>
        <translation>{short} 个案件池不足；请查看抽选记录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="207" />
        <source>Not in this pool: {names}.</source>
        <translation>不在此案件池中：{names}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="214" />
        <source>The random draw</source>
        <translation>随机抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="234" />
        <source>Candidates and composition check ({problems} of {count} need a look)</source>
        <translation>候选对象和组成检查（{count} 个中有 {problems} 个需要查看）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="238" />
        <source>Dossiers ({count})</source>
        <translation>案卷（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="240" />
        <source>Random draws ({count})</source>
        <translation>随机抽选（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="258" />
        <source>{count} to fix</source>
        <translation>{count} 处须处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="260" />
        <source>, {count} to check</source>
        <translation>，{count} 处须核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="262" />
        <source>{count} to check</source>
        <translation>{count} 处须核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="264" />
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="270" />
        <source>{handed} of {required}</source>
        <translation>{handed} / {required}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="277" />
        <source>Ranked at: {level}</source>
        <translation>排名级别：{level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="296" />
        <source>(the candidate)</source>
        <translation>（候选对象本身）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="299" />
        <source>Must fix</source>
        <translation>必须处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="299" />
        <source>Check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="313" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="315" />
        <source>No PDF</source>
        <translation>没有 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="320" />
        <source>Officers: {officers}</source>
        <translation>承办人员：{officers}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="327" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dossiers_page.py" line="329" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="45" />
        <source>Random draw</source>
        <translation>随机抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="48" />
        <source>Choose the pool exported from the national penalty system (one row per closed case). Each candidate's dossiers are drawn from it with the seed; the seed and the pool are kept, so anyone can repeat the draw.</source>
        <translation>请选择从全国行政处罚系统导出的案件池（每个已结案件一行）。程序用随机种子从中为每个候选对象抽选案卷；种子和案件池都会保存，任何人都可以重复这次抽选。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="55" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="61" />
        <source>Leave empty for a new random seed</source>
        <translation>留空则生成新的随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="64" />
        <source>Only for candidates drawn before</source>
        <translation>仅用于已抽选过的候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="66" />
        <source>Pool</source>
        <translation>案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="67" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="69" />
        <source>Why draw again</source>
        <translation>重新抽选的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="73" />
        <source>Draw</source>
        <translation>抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="84" />
        <source>Choose the draw pool</source>
        <translation>选择抽选案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="95" />
        <source>Choose the pool file first.</source>
        <translation>请先选择案件池文件。</translation>
    </message>
</context>
<context>
    <name>DrawsView</name>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="112" />
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="113" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="114" />
        <source>Drawn dossiers</source>
        <translation>抽中的案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="115" />
        <source>Pool</source>
        <translation>案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="116" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="117" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="141" />
        <source>{type}: {available} of {required}</source>
        <translation>{type}：{available} / {required}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="146" />
        <source>Pool too small</source>
        <translation>案件池不足</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="148" />
        <source>Drawn in full</source>
        <translation>已全部抽足</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="150" />
        <source>Drawn again: {note}</source>
        <translation>重新抽选：{note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="154" />
        <source>(nothing drawn)</source>
        <translation>（未抽中）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/draw_dialog.py" line="155" />
        <source>{count} cases</source>
        <translation>{count} 个案件</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="30" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="31" />
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="32" />
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="33" />
        <source>region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="34" />
        <source>parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="35" />
        <source>officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="36" />
        <source>certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="37" />
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="38" />
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="39" />
        <source>dossier code</source>
        <translation>案卷代码</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="40" />
        <source>case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="41" />
        <source>candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="42" />
        <location filename="../../app/ui/chair/wording_errors.py" line="124" />
        <source>dossier type</source>
        <translation>案卷类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="43" />
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="44" />
        <source>title</source>
        <translation>案由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="45" />
        <source>published</source>
        <translation>是否公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="46" />
        <source>closing date</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="47" />
        <source>officers</source>
        <translation>承办人员</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="48" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="56" />
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="57" />
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="60" />
        <source>is neither a CSV nor an XLSX file</source>
        <translation>既不是 CSV 也不是 XLSX 文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="64" />
        <source>is not UTF-8 or GB18030 text</source>
        <translation>不是 UTF-8 或 GB18030 编码的文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="68" />
        <source>is not a readable XLSX workbook</source>
        <translation>不是可读取的 XLSX 工作簿</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="70" />
        <source>has no header row</source>
        <translation>没有表头行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="71" />
        <source>has a header but no rows</source>
        <translation>只有表头，没有数据行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="74" />
        <source>unknown column “{name}”</source>
        <translation>未知的列“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="78" />
        <source>the column “{name}” appears twice</source>
        <translation>列“{name}”出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="82" />
        <source>the column “{name}” is missing</source>
        <translation>缺少列“{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="86" />
        <source>has more cells than the header has columns</source>
        <translation>单元格比表头的列多</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="90" />
        <source>is “{value}”; write 是 or 否</source>
        <translation>为“{value}”；请填写“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="94" />
        <source>is “{value}”; write a date like 2024-05-31</source>
        <translation>为“{value}”；请填写日期，如 2024-05-31</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="98" />
        <source>is “{value}”; write a whole number</source>
        <translation>为“{value}”；请填写整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="102" />
        <source>is “{value}”; write 专家 or 交叉</source>
        <translation>为“{value}”；请填写“专家”或“交叉”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="106" />
        <source>is “{value}”; write 推选 or 随机抽选</source>
        <translation>为“{value}”；请填写“推选”或“随机抽选”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="110" />
        <source>unknown candidate “{value}”; import the candidates first</source>
        <translation>未知的候选对象“{value}”；请先导入候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="116" />
        <source>unknown candidate “{value}”</source>
        <translation>未知的候选对象“{value}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="120" />
        <source>“{value}” is not a {what} of this rule set (known: {known})</source>
        <translation>“{value}”不是本规则中的{what}（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="122" />
        <source>candidate kind</source>
        <translation>候选类别</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="130" />
        <source>“{value}” appears twice in the manifest</source>
        <translation>“{value}”在清单中出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="134" />
        <source>the dossier code “{value}” appears twice in the manifest</source>
        <translation>案卷代码“{value}”在清单中出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="140" />
        <source>reviewer “{value}” is already in the panel with another role</source>
        <translation>评审人“{value}”已以其他角色在面板中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="146" />
        <source>cannot read the officer “{value}”; write name:certificate:role</source>
        <translation>无法识别执法人员“{value}”；请按“姓名:执法证号:角色”填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="152" />
        <source>candidate “{value}” has no randomly drawn dossiers</source>
        <translation>候选对象“{value}”没有随机抽选的案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="158" />
        <source>case “{value}” repeats row {row}</source>
        <translation>案卷“{value}”与第 {row} 行重复</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="162" />
        <source>“{value}” names {count} candidates; give the candidate ID</source>
        <translation>“{value}”对应 {count} 个候选对象；请填写候选对象编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="176" />
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="178" />
        <source>row {row}, column {column}</source>
        <translation>第 {row} 行第 {column} 列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="179" />
        <source>row {row}, column “{column}”</source>
        <translation>第 {row} 行“{column}”列</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="194" />
        <source>{file}, {where}: {problem}</source>
        <translation>{file}，{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="197" />
        <source>{file}: {problem}</source>
        <translation>{file}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="203" />
        <source>the PDF file is not there</source>
        <translation>PDF 文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="204" />
        <source>the PDF file cannot be read</source>
        <translation>PDF 文件无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="205" />
        <source>the file is not a PDF</source>
        <translation>该文件不是 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="206" />
        <source>the PDF is damaged</source>
        <translation>PDF 已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="207" />
        <source>the PDF is protected by a password</source>
        <translation>PDF 有密码保护</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="208" />
        <source>the PDF has no pages</source>
        <translation>PDF 没有页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="216" />
        <source>the file cannot be read</source>
        <translation>文件无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="217" />
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="218" />
        <source>the file is far too large to be a reviewer file</source>
        <translation>文件过大，不可能是评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="219" />
        <source>the file is cut off (an incomplete copy)</source>
        <translation>文件不完整（复制未完成）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="220" />
        <source>the file is damaged or not a reviewer file</source>
        <translation>文件已损坏或不是评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="221" />
        <source>the file was changed after the reviewer saved it</source>
        <translation>评审人保存后文件被改动过</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="222" />
        <source>not a reviewer file of this program</source>
        <translation>不是本程序的评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="223" />
        <source>made by a newer version of the program</source>
        <translation>由更新版本的程序生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="224" />
        <source>the file carries no signature</source>
        <translation>文件没有签名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="225" />
        <source>the file's heading is damaged</source>
        <translation>文件头已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="226" />
        <source>the file belongs to another panel</source>
        <translation>文件属于另一个评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="227" />
        <location filename="../../app/ui/chair/wording_errors.py" line="276" />
        <source>the reviewer is not in this panel</source>
        <translation>评审人不在本面板中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="228" />
        <source>no package was ever made for this reviewer</source>
        <translation>从未为该评审人生成评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="229" />
        <source>the signature does not match: the file was edited or is not this reviewer's</source>
        <translation>签名不符：文件被编辑过，或不是该评审人的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="232" />
        <source>the content of the file is not valid</source>
        <translation>文件内容无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="233" />
        <source>the dossier is listed twice</source>
        <translation>案卷列出了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="234" />
        <source>the dossier is reviewed twice in the file</source>
        <translation>文件中同一案卷评了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="235" />
        <location filename="../../app/ui/chair/wording_errors.py" line="313" />
        <source>the dossier is not in this panel</source>
        <translation>案卷不在本面板中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="236" />
        <source>the dossier is not assigned to this reviewer</source>
        <translation>案卷未分配给该评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="237" />
        <source>the dossier is missing from the file's list</source>
        <translation>文件的案卷列表中缺少该案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="238" />
        <source>scored with another version of the checklist</source>
        <translation>使用了另一版本的评查表评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="239" />
        <source>scored on a different PDF of the dossier</source>
        <translation>评分所用的案卷 PDF 不同</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="240" />
        <source>a deduction appears twice</source>
        <translation>同一扣分出现了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="241" />
        <source>the points are not a valid number</source>
        <translation>分值不是有效数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="242" />
        <source>the item is not in the checklist</source>
        <translation>评查表中没有此项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="243" />
        <source>the deduction reason is not in the checklist</source>
        <translation>评查表中没有此扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="244" />
        <location filename="../../app/ui/chair/wording_errors.py" line="320" />
        <source>the veto is not in the checklist</source>
        <translation>评查表中没有此否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="245" />
        <source>the points off must be above 0</source>
        <translation>扣分必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="246" />
        <source>more points off than the item is worth</source>
        <translation>扣分超过该项分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="247" />
        <source>the points do not fit the chosen reason</source>
        <translation>分值与所选扣分理由不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="248" />
        <source>this item takes only its listed reasons</source>
        <translation>本项只能按所列理由扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="249" />
        <source>the written reason is missing</source>
        <translation>缺少书面理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="250" />
        <source>the deduction has no page of the dossier</source>
        <translation>扣分没有锚定案卷页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="251" />
        <source>the page is outside the dossier</source>
        <translation>页码超出案卷范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="252" />
        <source>the veto is marked twice</source>
        <translation>否决项标记了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="253" />
        <source>an item is marked twice</source>
        <translation>评查项标记了两次</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="254" />
        <source>an older copy: a newer file of this reviewer is already merged</source>
        <translation>这是旧副本：该评审人更新的文件已经合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="257" />
        <source>another file with the same number is already merged</source>
        <translation>已合并了编号相同的另一个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="258" />
        <source>clashes with scores already in the panel</source>
        <translation>与面板中已有的评分冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="270" />
        <source>no dossier is assigned yet: run the assignment first</source>
        <translation>尚未分配案卷：请先进行分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="271" />
        <source>dossier {dossier} has no PDF: import its PDF first</source>
        <translation>案卷 {dossier} 没有 PDF：请先导入其 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="272" />
        <source>the PDF of dossier {dossier} is missing from the panel's folder</source>
        <translation>面板文件夹中缺少案卷 {dossier} 的 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="273" />
        <source>the PDF of dossier {dossier} was changed on disk after it was imported</source>
        <translation>案卷 {dossier} 的 PDF 在导入后被改动过</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="277" />
        <source>the file could not be written (is the disk full or read-only?)</source>
        <translation>文件无法写入（磁盘已满或只读？）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="287" />
        <source>the number of reviewers per dossier is not valid</source>
        <translation>每份案卷的评审人数无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="288" />
        <source>the seed must be 1 to 64 printable characters</source>
        <translation>随机种子须为 1 到 64 个可打印字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="289" />
        <source>reviewer {reviewer} is not in this panel</source>
        <translation>评审人 {reviewer} 不在本面板中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="290" />
        <source>dossier {dossier} is not in this panel</source>
        <translation>案卷 {dossier} 不在本面板中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="291" />
        <source>the case number {dossier} names several dossiers</source>
        <translation>案卷编号 {dossier} 对应多份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="292" />
        <source>{reviewer} does not have dossier {dossier}</source>
        <translation>{reviewer} 没有案卷 {dossier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="293" />
        <source>{reviewer} already has dossier {dossier} by hand</source>
        <translation>{reviewer} 已手动分配了案卷 {dossier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="294" />
        <source>this pair breaks the region rule: a written reason is required</source>
        <translation>此分配违反地区回避规则：须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="297" />
        <source>{reviewer} has already started dossier {dossier}; it cannot be taken away</source>
        <translation>{reviewer} 已开始评查案卷 {dossier}，不能收回</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="300" />
        <source>candidate {candidate} was drawn before: give a reason to draw again</source>
        <translation>候选对象 {candidate} 已抽选过：重新抽选须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="312" />
        <source>write the reason for the decision</source>
        <translation>请写明决定的理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="314" />
        <source>the case number names several dossiers</source>
        <translation>该案卷编号对应多份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="315" />
        <source>a score must be a number with at most two decimals</source>
        <translation>分数须为最多两位小数的数字</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="316" />
        <source>the expert score must lie between 0 and {maximum}</source>
        <translation>专家评分须在 0 到 {maximum} 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="317" />
        <source>the cross deduction must lie between 0 and {maximum}</source>
        <translation>交叉评审扣分须在 0 到 {maximum} 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="321" />
        <source>no reviewer marked that veto</source>
        <translation>没有评审人标记该否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="322" />
        <source>the dossier has no settlement to withdraw</source>
        <translation>该案卷没有可撤回的裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="323" />
        <source>the deduction no longer exists</source>
        <translation>这条扣分已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="324" />
        <source>only a cross-reviewer's deduction can be rejected</source>
        <translation>只能驳回交叉评审人的扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="332" />
        <source>the panel file does not exist</source>
        <translation>评查面板文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="333" />
        <source>the file is not a panel file</source>
        <translation>该文件不是评查面板文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="334" />
        <source>the file was made by a newer version of the program</source>
        <translation>该文件由更新版本的程序创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="335" />
        <source>the file is in use by another program</source>
        <translation>该文件正被其他程序占用</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="336" />
        <source>a file of that name already exists; choose another name</source>
        <translation>已有同名文件，请换一个名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="337" />
        <source>this is a reviewer's workspace, not a chair's panel: open it in the reviewer's window</source>
        <translation>这是评审人的工作区，不是评审组长的面板：请在评分窗口中打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="347" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="361" />
        <source>there is nothing to print for this choice yet</source>
        <translation>所选内容暂时没有可打印的</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="363" />
        <source>no permission to write there (choose another folder)</source>
        <translation>没有写入权限（请选择其他文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="365" />
        <source>the disk reported an error: {error}</source>
        <translation>磁盘报告错误：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording_errors.py" line="366" />
        <source>an unexpected program error ({kind}); details are in the log</source>
        <translation>程序意外出错（{kind}）；详情见日志</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="42" />
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="47" />
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel 工作簿 (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="49" />
        <source>One sheet per table: dossier scores, deductions, ranking, disagreements and decisions, reviewers' progress, merge log, typical problems. Opens in WPS and Excel.</source>
        <translation>每张表一个工作表：案卷得分、扣分、排名、分歧与裁定、评审进度、合并记录、典型问题。可用 WPS 和 Excel 打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="54" />
        <source>CSV files…</source>
        <translation>CSV 文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="56" />
        <source>The same tables, one UTF-8 file each (with BOM, so Excel on Chinese Windows reads them), into a folder.</source>
        <translation>同样的表格，每张一个 UTF-8 文件（带 BOM，中文 Windows 上的 Excel 可直接读取），保存到一个文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="61" />
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="62" />
        <source>Every figure with its codes, for other programs and for archiving.</source>
        <translation>全部数据及其代码，供其他程序使用和存档。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="75" />
        <source>Print (preview first)</source>
        <translation>打印（先预览）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="81" />
        <source>Review sheets…</source>
        <translation>评查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="82" />
        <source>Each review as the reviewer filled it in, for their signature.</source>
        <translation>每份评查表按评审人填写的内容打印，供其签字。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="86" />
        <source>Blank review sheets…</source>
        <translation>空白评查表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="87" />
        <source>Empty forms for a review on paper, with the reviewer's name when one is chosen.</source>
        <translation>用于纸面评查的空白表格；选定评审人时印上其姓名。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="91" />
        <source>Summary sheets…</source>
        <translation>汇总表…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="93" />
        <source>Per dossier: every reviewer's score, the combined result, the chair's decision and signature lines.</source>
        <translation>每份案卷：各评审人评分、合计结果、评审组长裁定和签字栏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="98" />
        <source>The panel's report…</source>
        <translation>评审报告…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="100" />
        <source>Title page, rankings and how they were computed, dossier scores, typical problems, the random draw records and a signature page.</source>
        <translation>封面、排名及计算过程、案卷得分、典型问题、随机抽选记录和签字页。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="112" />
        <source>Review and blank sheets for</source>
        <translation>评查表和空白评查表对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="116" />
        <source>Open the folder of the last export</source>
        <translation>打开上次导出的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="121" />
        <source>Export and print</source>
        <translation>导出和打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="132" />
        <source>{title} results</source>
        <translation>{title} 结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="137" />
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="137" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="148" />
        <source>Export CSV files into</source>
        <translation>CSV 文件导出到</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="155" />
        <source>Export to JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="155" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="180" />
        <source>Exported to {path}.</source>
        <translation>已导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="182" />
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="191" />
        <source>Review sheets</source>
        <translation>评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="192" />
        <source>Blank review sheets</source>
        <translation>空白评查表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="193" />
        <source>Summary sheets</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="194" />
        <source>Panel report</source>
        <translation>评审报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="206" />
        <source>{name}-printouts</source>
        <translation>{name}-打印稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="217" />
        <source>{name}: {pages} pages, saved as {path}.</source>
        <translation>{name}：共 {pages} 页，已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="223" />
        <source>Laying out: {name}</source>
        <translation>正在排版：{name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/export_page.py" line="230" />
        <source>every reviewer</source>
        <translation>全部评审人</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="63" />
        <source>Compare and settle</source>
        <translation>比较并裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="82" />
        <source>The chair's decision</source>
        <translation>评审组长的裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="85" />
        <source>Set the expert score to</source>
        <translation>专家评分定为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="87" />
        <source>Set the cross deduction to</source>
        <translation>交叉评审扣分定为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="91" />
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="100" />
        <source>Reason for the decision (required; printed on the summary sheet)</source>
        <translation>裁定理由（必填；打印在汇总表上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="102" />
        <source>Save the decision</source>
        <translation>保存裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="105" />
        <source>With no figure changed, the computed scores stand and the disagreement is marked as settled</source>
        <translation>如不修改任何分数，则维持计算结果，并将分歧标记为已裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="109" />
        <source>Withdraw the decision</source>
        <translation>撤回裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="113" />
        <source>Cross-reviewer</source>
        <translation>交叉评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="114" />
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="115" />
        <source>Points off</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="116" />
        <location filename="../../app/ui/chair/flag_dialog.py" line="140" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="117" />
        <source>Decision</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="124" />
        <source>Do not count it</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="126" />
        <source>Leave the chosen cross-review deduction out of the cross deduction</source>
        <translation>所选交叉评审扣分不计入交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="129" />
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="161" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="180" />
        <source>Reading the reviews</source>
        <translation>正在读取评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="209" />
        <source>&lt;b&gt;{case}&lt;/b&gt; · {candidate} — expert score {expert}, cross deduction {cross}, final {final}</source>
        <translation>&lt;b&gt;{case}&lt;/b&gt; · {candidate}——专家评分 {expert}，交叉评审扣分 {cross}，最终得分 {final}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="229" />
        <source>No disagreement is flagged on this dossier.</source>
        <translation>本案卷没有标记的分歧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="258" />
        <source>expert score set to {points}</source>
        <translation>专家评分定为 {points}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="262" />
        <source>cross deduction set to {points}</source>
        <translation>交叉评审扣分定为 {points}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="267" />
        <source>{count} vetoes overruled</source>
        <translation>推翻了 {count} 个否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="268" />
        <source>computed scores confirmed</source>
        <translation>确认计算结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="270" />
        <source>Settled: {what}. Reason: {reason}</source>
        <translation>已裁定：{what}。理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="275" />
        <source>Not settled yet. The scores below are as computed from the reviews.</source>
        <translation>尚未裁定。以下分数是根据评分计算的结果。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="302" />
        <source>Overrule the veto: {text}</source>
        <translation>推翻否决项：{text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="321" />
        <source>Not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="323" />
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="325" />
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="351" />
        <source>Write the reason for the decision first.</source>
        <translation>请先写明裁定理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="370" />
        <source>The decision on {case} is saved.</source>
        <translation>{case} 的裁定已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="376" />
        <source>Saving the decision</source>
        <translation>正在保存裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="394" />
        <source>Withdrawing the decision</source>
        <translation>正在撤回裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="402" />
        <source>Choose a cross-review deduction in the list first.</source>
        <translation>请先在列表中选择一条交叉评审扣分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/flag_dialog.py" line="410" />
        <source>Deciding on the deduction</source>
        <translation>正在裁定扣分</translation>
    </message>
</context>
<context>
    <name>FreeEditor</name>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="273" />
        <source>Points to take off (F)</source>
        <translation>扣除分值 (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="275" />
        <source>Reason (required)</source>
        <translation>扣分理由（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="276" />
        <source>Write why the points are taken off; Enter saves</source>
        <translation>写明扣分理由，按 Enter 保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="277" />
        <source>Deduct</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="278" />
        <source>Add this deduction (Enter)</source>
        <translation>添加这条扣分 (Enter)</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="50" />
        <source>Candidates' list</source>
        <translation>候选对象清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="51" />
        <source>Reviewers' list</source>
        <translation>评审人清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="52" />
        <source>Dossiers' list</source>
        <translation>案卷清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="53" />
        <source>Draw pool</source>
        <translation>抽选案件池</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="61" />
        <source>row {row} ({case})</source>
        <translation>第 {row} 行（{case}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="63" />
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="75" />
        <source>{name}: not imported — {reason}</source>
        <translation>{name}：未导入——{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="83" />
        <source>{name}: {added} added, {unchanged} already in the panel</source>
        <translation>{name}：新增 {added} 条，{unchanged} 条已在面板中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="87" />
        <source>, {refused} left out</source>
        <translation>，{refused} 条未导入</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="95" />
        <source>{name}: not a list this program knows (check its column headings)</source>
        <translation>{name}：不是本程序能识别的清单（请检查列标题）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="104" />
        <source>{count} PDF files without a dossiers' list: drop the list too; it names each dossier's PDF</source>
        <translation>有 {count} 个 PDF 文件但没有案卷清单：请同时拖入清单，清单中写明了每份案卷的 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/importing.py" line="173" />
        <source>Importing the lists</source>
        <translation>正在导入清单</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="341" />
        <source>Every deduction here needs a page.</source>
        <translation>本项每条扣分都须锚定页码。</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="355" />
        <source>Note on this item (N)</source>
        <translation>本项备注 (N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="356" />
        <source>A note for yourself or the chair; saved when you leave the field</source>
        <translation>给自己或评审组长的备注；离开输入框时自动保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="408" />
        <source>Score {score} of {maximum} pts</source>
        <translation>得分 {score} / {maximum} 分</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../app/ui/launcher.py" line="83" />
        <source>The package is damaged or is not a reviewer package ({code}). Nothing was changed; ask the panel chair for a new copy.</source>
        <translation>评审包已损坏或不是评审包（{code}）。未作任何更改；请向评审组长索取新的副本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="88" />
        <source>This package is older than the one already opened on this computer. Your work is kept: open it from “Opened lately”.</source>
        <translation>该评审包比本机已打开的评审包旧。您的工作已保留：请从“最近打开”中打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="93" />
        <source>The workspace folder for this package belongs to another panel or reviewer. Nothing was changed.</source>
        <translation>该评审包对应的工作区文件夹属于另一个评查面板或评审人。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="98" />
        <source>The workspace folder {path} cannot be used: it holds something else. Nothing was changed.</source>
        <translation>无法使用工作区文件夹 {path}：其中存有其他内容。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="103" />
        <source>The package holds no dossiers for you. Ask the panel chair.</source>
        <translation>该评审包中没有分配给您的案卷。请联系评审组长。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="105" />
        <source>The package could not be unpacked onto this computer (is the disk full?): {error}</source>
        <translation>无法将评审包解压到本机（磁盘已满？）：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="108" />
        <source>The package cannot be opened: {error}</source>
        <translation>无法打开评审包：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="138" />
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="147" />
        <source>{name} is not a file this program opens: it opens reviewer packages (.dppkg), panels (.dpanel) and reviewer files (.dpreview).</source>
        <translation>本程序不能打开 {name}：可打开的是评审包（.dppkg）、评查面板（.dpanel）和评审文件（.dpreview）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="156" />
        <source>{path} is no longer there.</source>
        <translation>{path} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="166" />
        <source>Opening the package {name}…</source>
        <translation>正在打开评审包 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="193" />
        <location filename="../../app/ui/launcher.py" line="203" />
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="233" />
        <source>Building the demo panel (a few seconds, the first time only)…</source>
        <translation>正在生成演示评查面板（仅首次需要几秒钟）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="238" />
        <source>The demo could not be built: {error}</source>
        <translation>无法生成演示：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="249" />
        <source>The chair's window is not part of this version. The chair's work can be done with the command line: dossier-panel --help</source>
        <translation>此版本不含评审组长窗口。评审组长的工作可以通过命令行完成：dossier-panel --help</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="283" />
        <source>{name} is a reviewer's file for the panel chair. No panel has been opened on this computer yet: the chair opens the panel (Open a panel), then merges the file in step 4, Merge.</source>
        <translation>{name} 是交给评审组长的评审文件。本机尚未打开过评查面板：请评审组长先打开评查面板（“打开评查面板”），再在第 4 步“合并”中合并该文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/launcher.py" line="310" />
        <source>{name} belongs to another panel than “{title}”. Open that panel (Panel ▸ Open panel…), then merge the file in step 4.</source>
        <translation>{name} 不属于评查面板“{title}”。请打开其所属的评查面板（评查面板 ▸ 打开评查面板…），再在第 4 步中合并该文件。</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="43" />
        <source>Drop the files the reviewers brought back (.dpreview) here — as many as you have, in any order. A file that was edited, belongs to another panel or another reviewer, or was scored on a different PDF is refused whole and changes nothing.</source>
        <translation>把评审人交回的文件（.dpreview）拖到这里——数量、顺序不限。被编辑过、属于其他面板或其他评审人、或基于不同 PDF 评分的文件会被整体拒收，不作任何修改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="45" />
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="54" />
        <location filename="../../app/ui/chair/merge_page.py" line="65" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="55" />
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="56" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="57" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="58" />
        <source>Reviews</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="59" />
        <source>What happened</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="65" />
        <source>Dossier</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="65" />
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="65" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="73" />
        <source>Problems found (each refused file, with where the problem is)</source>
        <translation>发现的问题（每个被拒收的文件及问题所在）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="81" />
        <source>Merge the reviewers' files</source>
        <translation>合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="87" />
        <source>Before each merge a copy of the panel is kept in the “.backups” folder beside it.</source>
        <translation>每次合并前，面板的副本会保存在旁边的“.backups”文件夹中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="95" />
        <source>Choose the reviewers' files</source>
        <translation>选择评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="96" />
        <source>Reviewer files (*{suffix});;All files (*)</source>
        <translation>评审文件 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="117" />
        <source>{refused} of {count} files were refused and changed nothing; the others are merged. See the problems below.</source>
        <translation>{count} 个文件中有 {refused} 个被拒收，未作任何修改；其余已合并。请查看下方的问题。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="122" />
        <source>All {count} files are merged.</source>
        <translation>全部 {count} 个文件已合并。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="125" />
        <source>Merging the reviewers' files</source>
        <translation>正在合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="130" />
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="132" />
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="134" />
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="135" />
        <source>Refused</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="139" />
        <source>{reviews} reviews, {deductions} deductions merged</source>
        <translation>合并了 {reviews} 份评分、{deductions} 条扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="143" />
        <source>Newer copy: replaced file no. {old} ({reviews} reviews)</source>
        <translation>较新的副本：替换了第 {old} 号文件（{reviews} 份评分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="147" />
        <source>The same file was merged before; nothing to do</source>
        <translation>同一文件已合并过；无需处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="150" />
        <source>Not merged: {first} (and {more} more problems); the panel is unchanged</source>
        <translation>未合并：{first}（另有 {more} 个问题）；面板未修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="153" />
        <source>Not merged: {first}; the panel is unchanged</source>
        <translation>未合并：{first}；面板未修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="160" />
        <source>Merged {merged} · updated {updated} · unchanged {unchanged} · refused {refused}</source>
        <translation>已合并 {merged} · 已更新 {updated} · 无变化 {unchanged} · 已拒收 {refused}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="168" />
        <source>(copy of the panel before the merge: {name})</source>
        <translation>（合并前的面板副本：{name}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/merge_page.py" line="202" />
        <source>(the whole file)</source>
        <translation>（整个文件）</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/message_bar.py" line="29" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_bar.py" line="30" />
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>not looked at</source>
        <translation>尚未查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>a written reason is missing</source>
        <translation>缺少书面理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>the deduction needs a page in the dossier</source>
        <translation>扣分须锚定案卷页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="26" />
        <source>the page is outside the dossier</source>
        <translation>页码超出案卷范围</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>more points off than the item's maximum</source>
        <translation>扣分超过该项满分</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>the points do not fit the chosen reason</source>
        <translation>分值与所选扣分理由不符</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>the points must be above 0</source>
        <translation>分值必须大于 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>this item takes only its listed reasons</source>
        <translation>本项只能按所列理由扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>the item is not in this checklist</source>
        <translation>评查表中没有此项</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>the reason is not in this checklist</source>
        <translation>评查表中没有此扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>the veto is not in this checklist</source>
        <translation>评查表中没有此否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>the deduction no longer exists</source>
        <translation>这条扣分已不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>the dossier is not assigned to you</source>
        <translation>此案卷未分配给您</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60" />
        <location filename="../../app/ui/messages.py" line="79" />
        <source> and {more} more</source>
        <translation>等，另有 {more} 项</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>{count} items were never looked at: {items}. Complete the dossier anyway?</source>
        <translation>有 {count} 项尚未查看：{items}。仍然完成本案卷评查吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72" />
        <source>{item}: {problem}</source>
        <translation>{item}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>Not complete yet — {problems}.</source>
        <translation>尚不能完成——{problems}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85" />
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86" />
        <source>The panel file is read-only (a write-protected stick or folder?).</source>
        <translation>评查文件为只读（U 盘或文件夹写保护？）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>The panel file is in use by another program.</source>
        <translation>评查文件正被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>The panel file could not be written.</source>
        <translation>评查文件无法写入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91" />
        <source>The change could not be saved.</source>
        <translation>修改未能保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>The panel file could not be read.</source>
        <translation>评查文件无法读取。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95" />
        <source>{problem} The last change was NOT saved; the screen shows what is saved.</source>
        <translation>{problem}刚才的修改没有保存；界面已恢复为已保存的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99" />
        <source>Not saved — {where}: {problem}.</source>
        <translation>未保存——{where}：{problem}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106" />
        <source>The PDF is password-protected.</source>
        <translation>该 PDF 有密码保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107" />
        <source>The PDF is damaged; some pages may not show.</source>
        <translation>该 PDF 已损坏，部分页面可能无法显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108" />
        <source>The PDF file is missing.</source>
        <translation>找不到该 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109" />
        <source>The file is not a PDF.</source>
        <translation>该文件不是 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="110" />
        <source>The PDF has no pages.</source>
        <translation>该 PDF 没有页面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111" />
        <source>The page renderer stopped; it is being restarted.</source>
        <translation>页面渲染进程已停止，正在重新启动。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113" />
        <source>The PDF cannot be shown ({code}).</source>
        <translation>无法显示该 PDF（{code}）。</translation>
    </message>
</context>
<context>
    <name>NewPanelDialog</name>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="65" />
        <source>New panel</source>
        <translation>新建评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="73" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="81" />
        <source>Dossiers must be closed within the campaign</source>
        <translation>案卷须在活动期间内结案</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="89" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="101" />
        <source> pts</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="102" />
        <source>Hide candidates' names and regions from the reviewers</source>
        <translation>对评审人隐藏候选对象的名称和地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="108" />
        <source>Panel title</source>
        <translation>面板名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="109" />
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="110" />
        <source>Rule set</source>
        <translation>评查规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="112" />
        <source>Campaign</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="113" />
        <source>Expert score</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="114" />
        <source>Cross-review deduction</source>
        <translation>交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="115" />
        <source>Flag experts apart by more than</source>
        <translation>专家评分相差超过此值时提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="123" />
        <source>The defaults come from the chosen rule set. They are stored in the panel and cannot be changed later.</source>
        <translation>默认值来自所选评查规则。这些设置保存在面板中，之后不能更改。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="146" />
        <source>What the rule set computes</source>
        <translation>评查规则的计算方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="147" />
        <source>Checklist (read-only)</source>
        <translation>评查表（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="151" />
        <source>Create panel</source>
        <translation>创建面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="213" />
        <source>Save the new panel as</source>
        <translation>新面板保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="213" />
        <source>Panels (*.dpanel)</source>
        <translation>评查面板 (*.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="241" />
        <source>Choose where to save the panel.</source>
        <translation>请选择面板的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="243" />
        <source>A file of that name already exists. Choose another name.</source>
        <translation>已有同名文件，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="245" />
        <source>The folder does not exist. Choose another place.</source>
        <translation>文件夹不存在，请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/new_panel_dialog.py" line="247" />
        <source>The campaign ends before it starts.</source>
        <translation>活动结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../app/ui/opening.py" line="45" />
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="46" />
        <source>The file is not a panel or a reviewer's workspace.</source>
        <translation>该文件不是评查面板或评审工作区。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="47" />
        <source>The file was made by a newer version of the program.</source>
        <translation>该文件由更新版本的程序创建。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="48" />
        <source>The file is in use by another program.</source>
        <translation>该文件正被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="49" />
        <source>Choose the reviewer to score as.</source>
        <translation>请选择以哪位评审人的身份评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="50" />
        <source>There is no such reviewer in this panel.</source>
        <translation>本面板中没有该评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="51" />
        <source>This workspace belongs to another reviewer.</source>
        <translation>该工作区属于另一位评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="53" />
        <source>The file cannot be opened: {error}</source>
        <translation>无法打开文件：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="58" />
        <source>expert</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="58" />
        <source>cross-reviewer</source>
        <translation>交叉评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="64" />
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="65" />
        <source>Score as which reviewer?</source>
        <translation>以哪位评审人的身份评分？</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening.py" line="120" />
        <source>No reviewer was chosen.</source>
        <translation>未选择评审人。</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="178" />
        <source>Import the candidates' and dossiers' lists with their PDFs</source>
        <translation>导入候选对象和案卷清单及其 PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="183" />
        <source>{candidates} candidates, {dossiers} dossiers; {errors} problems to fix</source>
        <translation>{candidates} 个候选对象，{dossiers} 份案卷；{errors} 个问题待处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="190" />
        <source>{candidates} candidates, {dossiers} dossiers; complete</source>
        <translation>{candidates} 个候选对象，{dossiers} 份案卷；齐全</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="197" />
        <source>Import the reviewers' list, then assign</source>
        <translation>导入评审人清单，然后分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="200" />
        <source>{reviewers} reviewers; no dossier assigned yet</source>
        <translation>{reviewers} 位评审人；尚未分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="207" />
        <source>{assigned} of {dossiers} dossiers assigned; {conflicts} conflicts</source>
        <translation>已分配 {assigned} / {dossiers} 份案卷；{conflicts} 处冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="214" />
        <source>All {dossiers} dossiers assigned to {reviewers} reviewers</source>
        <translation>全部 {dossiers} 份案卷已分配给 {reviewers} 位评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="220" />
        <source>One file per reviewer, to hand out on a USB stick</source>
        <translation>每位评审人一个文件，用 U 盘分发</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="222" />
        <source>After the assignment</source>
        <translation>分配之后</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="226" />
        <source>No reviewer file merged yet</source>
        <translation>尚未合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="229" />
        <source>{reviewed} of {dossiers} dossiers have scores</source>
        <translation>{reviewed} / {dossiers} 份案卷已有评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="235" />
        <source>Every dossier has scores</source>
        <translation>每份案卷都已有评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="238" />
        <source>After the merge</source>
        <translation>合并之后</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="241" />
        <source>{flags} disagreements to settle</source>
        <translation>{flags} 处分歧待裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="245" />
        <source>No open disagreement</source>
        <translation>没有未决分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="247" />
        <source>Spreadsheet, review sheets and the panel's report</source>
        <translation>电子表格、评查表和评审报告</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="251" />
        <source>1  Dossiers and candidates</source>
        <translation>1  案卷和候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="252" />
        <source>2  Reviewers and assignment</source>
        <translation>2  评审人和分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="253" />
        <source>3  Packages for the reviewers</source>
        <translation>3  评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="254" />
        <source>4  Merge the reviewers' files</source>
        <translation>4  合并评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="255" />
        <source>5  Results and disagreements</source>
        <translation>5  结果和分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="256" />
        <source>6  Export and print</source>
        <translation>6  导出和打印</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="100" />
        <source>Steps of the panel</source>
        <translation>评审步骤</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="112" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="113" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="114" />
        <source>Rule set</source>
        <translation>评查规则</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="115" />
        <source>Campaign</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="116" />
        <source>Expert score</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="117" />
        <source>Cross-review deduction</source>
        <translation>交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="118" />
        <source>Disagreement threshold</source>
        <translation>分歧阈值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="119" />
        <source>Blind review</source>
        <translation>盲评</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="127" />
        <source>These settings were fixed when the panel was created.</source>
        <translation>这些设置在创建面板时已确定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="132" />
        <source>Panel settings</source>
        <translation>面板设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="133" />
        <source>What the rule set computes</source>
        <translation>评查规则的计算方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="134" />
        <source>Checklist (read-only)</source>
        <translation>评查表（只读）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="147" />
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="151" />
        <source>not limited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="156" />
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="159" />
        <source>Yes: reviewers do not see the candidates' names</source>
        <translation>是：评审人看不到候选对象名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="159" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="39" />
        <source>Choose a folder, e.g. on the USB stick</source>
        <translation>选择文件夹，例如 U 盘上的</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="40" />
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="42" />
        <source>Make every reviewer's package</source>
        <translation>生成全部评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="45" />
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="49" />
        <source>Write the packages to</source>
        <translation>评审包保存到</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="56" />
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="57" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="58" />
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="59" />
        <source>Package file</source>
        <translation>评审包文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="60" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="67" />
        <source>Packages for the reviewers</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="71" />
        <source>Each reviewer gets one file with their dossiers' PDFs, the checklist and the key their scores will be signed with. Copy each file to that reviewer's USB stick; they open it in the program on their own laptop. Make the packages again after changing the assignment.</source>
        <translation>每位评审人得到一个文件，其中有分配给他的案卷 PDF、评查表和用于签名评分的密钥。把每个文件复制到对应评审人的 U 盘上，评审人在自己的笔记本电脑上用本程序打开。修改分配后请重新生成评审包。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="80" />
        <source>Where should the packages go?</source>
        <translation>评审包保存到哪里？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="106" />
        <source>{count} packages written to {folder}. Hand each file to its reviewer.</source>
        <translation>已将 {count} 个评审包写入 {folder}。请把每个文件交给对应的评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="111" />
        <source>Making the packages</source>
        <translation>正在生成评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="118" />
        <source>{name}-packages</source>
        <translation>{name}-评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="126" />
        <source>No dossier assigned</source>
        <translation>未分配案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="128" />
        <source>Written</source>
        <translation>已生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/packages_page.py" line="130" />
        <source>Not written yet</source>
        <translation>尚未生成</translation>
    </message>
</context>
<context>
    <name>PdfPageArea</name>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="420" />
        <source>This page could not be shown.</source>
        <translation>此页无法显示。</translation>
    </message>
</context>
<context>
    <name>PdfSearchBar</name>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="112" />
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="116" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="117" />
        <source>Next match (F3, Enter)</source>
        <translation>下一个匹配 (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="118" />
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="176" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="178" />
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_search.py" line="180" />
        <source>reading text: %1 of %2 pages</source>
        <translation>正在读取文字：%1 / %2 页</translation>
    </message>
</context>
<context>
    <name>PdfSidebar</name>
    <message>
        <location filename="../../app/ui/pdf_sidebar.py" line="68" />
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_sidebar.py" line="69" />
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_sidebar.py" line="100" />
        <source>This document has no outline.</source>
        <translation>本文档没有目录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_sidebar.py" line="106" />
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_sidebar.py" line="109" />
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>PdfToolbar</name>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="32" />
        <source>Show or hide thumbnails and contents</source>
        <translation>显示或隐藏缩略图和目录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="36" />
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="40" />
        <source>Type a page number and press Enter to go there</source>
        <translation>输入页码后按 Enter 跳转</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="45" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="47" />
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="52" />
        <source>Zoom (Ctrl+wheel; Ctrl+0 fits the width)</source>
        <translation>缩放（Ctrl+滚轮；Ctrl+0 适合宽度）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="53" />
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="54" />
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="62" />
        <source>Rotate the pages 90° clockwise (view only)</source>
        <translation>页面顺时针旋转 90°（仅影响显示）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="64" />
        <source>Find text in the document (Ctrl+F)</source>
        <translation>在文档中查找文字 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_toolbar.py" line="97" />
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="128" />
        <source>Enter password…</source>
        <translation>输入密码…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="424" />
        <source>“%1” is protected by a password.</source>
        <translation>“%1”有密码保护。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="426" />
        <source>The password was not correct. Please try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="427" />
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="431" />
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="447" />
        <source>The PDF file of this dossier was not found.</source>
        <translation>找不到本案卷的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="449" />
        <source>The PDF file of this dossier could not be read (no permission, or a disk error).</source>
        <translation>无法读取本案卷的 PDF 文件（没有权限或磁盘错误）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="451" />
        <source>This file is not a PDF document, or it is badly damaged.</source>
        <translation>该文件不是 PDF 文档，或已严重损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="452" />
        <source>The PDF file is damaged and cannot be shown.</source>
        <translation>该 PDF 文件已损坏，无法显示。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="453" />
        <source>The PDF file has no pages.</source>
        <translation>该 PDF 文件没有页面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="454" />
        <source>This PDF is protected by a password and was not opened.</source>
        <translation>该 PDF 有密码保护，未能打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="456" />
        <source>The page renderer stopped repeatedly while showing this file; the file may be damaged.</source>
        <translation>显示此文件时页面渲染进程多次停止，文件可能已损坏。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_view.py" line="459" />
        <source>The PDF file cannot be shown.</source>
        <translation>无法显示该 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>Points</name>
    <message>
        <location filename="../../app/ui/look.py" line="93" />
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/look.py" line="98" />
        <source>-{points} pts</source>
        <translation>扣 {points} 分</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="98" />
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="103" />
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="104" />
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="111" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="114" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="116" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="123" />
        <source>Cancel printing</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="151" />
        <source>of {pages}</source>
        <translation>共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="153" />
        <source>{name}: {pages} pages</source>
        <translation>{name}：共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="172" />
        <source>Preparing page {number}…</source>
        <translation>正在准备第 {number} 页…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="237" />
        <source>{sent} pages sent to the printer.</source>
        <translation>已向打印机发送 {sent} 页。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="242" />
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="264" />
        <source>Save the PDF as</source>
        <translation>PDF 保存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="264" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="279" />
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/print_preview.py" line="286" />
        <source>Something went wrong: {error}. Details are in the log.</source>
        <translation>出错了：{error}。详情见日志。</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="272" />
        <location filename="../../app/ui/chair/widgets.py" line="291" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="273" />
        <source>Stop; the panel stays as it was before</source>
        <translation>停止；面板保持原样</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="288" />
        <source>{task} …</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="295" />
        <source>{task}: {stage}</source>
        <translation>{task}：{stage}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="299" />
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/widgets.py" line="303" />
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="24" />
        <source>Rank / how it was computed</source>
        <translation>名次 / 计算过程</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="25" />
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="26" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="27" />
        <source>Full marks</source>
        <translation>满分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="28" />
        <location filename="../../app/ui/chair/ranking_view.py" line="64" />
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="60" />
        <source>No. {rank}</source>
        <translation>第 {rank} 名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="64" />
        <source>Scores missing</source>
        <translation>缺少评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="72" />
        <source>Every counted dossier has its final score</source>
        <translation>所有计入的案卷都已有最终得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ranking_view.py" line="74" />
        <source>Some dossiers are not scored yet: the figure will change</source>
        <translation>有些案卷尚未评分：此数值还会变化</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="73" />
        <source>Required: it is kept with the change and printed in the records</source>
        <translation>必填：随修改保存并打印在记录中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="75" />
        <source>Optional: it is kept with the change</source>
        <translation>选填：随修改保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/dialogs.py" line="98" />
        <source>Write the reason to go on.</source>
        <translation>请写明理由后继续。</translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="167" />
        <source>Tick or untick this reason ({key})</source>
        <translation>勾选或取消此扣分理由 ({key})</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_items.py" line="183" />
        <source>{low}–{high} pts: set the points, then tick</source>
        <translation>{low}–{high} 分：先设定分值，再勾选</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="51" />
        <location filename="../../app/ui/chair/results_page.py" line="68" />
        <source>Case number</source>
        <translation>案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="52" />
        <source>Candidate</source>
        <translation>候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="53" />
        <source>Experts' scores</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="54" />
        <source>Expert score</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="55" />
        <source>Cross deductions</source>
        <translation>交叉评审扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="56" />
        <source>Cross</source>
        <translation>交叉</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="57" />
        <source>Vetoes / scores 0</source>
        <translation>否决 / 计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="58" />
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="59" />
        <location filename="../../app/ui/chair/results_page.py" line="69" />
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="70" />
        <location filename="../../app/ui/chair/results_page.py" line="100" />
        <source>Item</source>
        <translation>评查项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="71" />
        <source>Who gave what</source>
        <translation>各评审人评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="72" />
        <location filename="../../app/ui/chair/results_page.py" line="119" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="79" />
        <source>Compare and settle…</source>
        <translation>比较并裁定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="89" />
        <source>Double-click a disagreement to see the reviewers' item scores side by side, with the PDF, and settle it with a reason.</source>
        <translation>双击一处分歧，可并排查看各评审人的逐项评分和 PDF，并写明理由进行裁定。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="101" />
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="102" />
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="103" />
        <source>Reviews</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="104" />
        <source>Points off</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="105" />
        <source>Most frequent reasons</source>
        <translation>最常见的扣分理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="113" />
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="114" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="115" />
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="116" />
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="117" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="118" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="120" />
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="130" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="131" />
        <source>Typical problems</source>
        <translation>典型问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="132" />
        <source>Reviewers' progress</source>
        <translation>评审进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="157" />
        <source>Dossier scores ({count})</source>
        <translation>案卷得分（{count}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="160" />
        <source>Disagreements ({open} open of {count})</source>
        <translation>分歧（{count} 处中 {open} 处未解决）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="202" />
        <source>not yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="202" />
        <source>No expert score yet</source>
        <translation>尚无专家评分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="206" />
        <source>* settled by the chair</source>
        <translation>* 由评审组长裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="210" />
        <source>{count} open</source>
        <translation>{count} 处未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="212" />
        <source>Settled</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="218" />
        <source>(no expert score yet)</source>
        <translation>（尚无专家评分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="241" />
        <source>(whole dossier)</source>
        <translation>（整份案卷）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="259" />
        <source>{text} ×{count}</source>
        <translation>{text} ×{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="265" />
        <source>{count} of {of}</source>
        <translation>{count} / {of}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="279" />
        <source>Nothing assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="281" />
        <source>All complete</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="284" />
        <source>{done} of {all} complete</source>
        <translation>已完成 {done} / {all}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/results_page.py" line="287" />
        <source>Not started (or file not merged)</source>
        <translation>未开始（或文件未合并）</translation>
    </message>
</context>
<context>
    <name>ReviewerWindow</name>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="106" />
        <source>Arrives with the offline loop: export works in a reviewer's workspace</source>
        <translation>随离线流程提供：在评审工作区中可导出评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="138" />
        <source>No dossiers are assigned to this reviewer.</source>
        <translation>没有分配给该评审人的案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="202" />
        <source>The PDF of this dossier is missing.</source>
        <translation>本案卷的 PDF 文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="214" />
        <source>This item allows no free deduction.</source>
        <translation>本项不允许自由扣分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="220" />
        <source>The current item has no deduction to anchor.</source>
        <translation>当前评查项没有可锚定的扣分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="243" />
        <source>This dossier is complete: reopen it to change its scores.</source>
        <translation>本案卷已完成评查：如需修改请先重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="260" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="260" />
        <source>Undo {what}</source>
        <translation>撤销{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="262" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="262" />
        <source>Redo {what}</source>
        <translation>重做{what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="282" />
        <source>Next dossier</source>
        <translation>下一份案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="285" />
        <source>Marked complete. Complete {done} / {total}.</source>
        <translation>已标记完成。已完成 {done} / {total}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="291" />
        <source>Go to the item</source>
        <translation>转到该项</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="301" />
        <source>Complete anyway</source>
        <translation>仍然完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="303" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="332" />
        <source>Export reviewer file</source>
        <translation>导出评审文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="332" />
        <source>Reviewer files (*.dpreview)</source>
        <translation>评审文件 (*.dpreview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="340" />
        <source>Reviewer file written: {path}</source>
        <translation>评审文件已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="343" />
        <source>The reviewer file could not be written: {error}</source>
        <translation>评审文件未能写入：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="381" />
        <source>expert</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="381" />
        <source>cross-reviewer</source>
        <translation>交叉评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="382" />
        <source>{name} ({id}, {role})</source>
        <translation>{name}（{id}，{role}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="388" />
        <source>Page {page} / {count}</source>
        <translation>第 {page} / {count} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="391" />
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="391" />
        <source>No changes yet</source>
        <translation>尚无修改</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="400" />
        <source>Dossier Panel</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="409" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reviewer_window.py" line="418" />
        <source>Not saved!</source>
        <translation>未保存！</translation>
    </message>
</context>
<context>
    <name>ReviewersPage</name>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="50" />
        <source>Drop the reviewers' list (CSV or XLSX) here: ID, name, role (专家 or 交叉), region, unit.</source>
        <translation>把评审人清单（CSV 或 XLSX）拖到这里：编号、姓名、角色（专家或交叉）、地区、单位。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="52" />
        <source>Choose list…</source>
        <translation>选择清单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="60" />
        <source>all experts</source>
        <translation>全部专家</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="65" />
        <source>empty: a new random seed</source>
        <translation>留空：生成新的随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="68" />
        <source>Assign automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="72" />
        <source>Experts per dossier</source>
        <translation>每份案卷专家人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="73" />
        <source>Cross-reviewers per dossier</source>
        <translation>每份案卷交叉评审人数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="75" />
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="99" />
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="100" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="101" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="102" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="103" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="104" />
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="105" />
        <source>Region rule</source>
        <translation>地区回避</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="112" />
        <source>Assignment matrix</source>
        <translation>分配矩阵</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="113" />
        <source>Reviewers</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="123" />
        <source>Choose the reviewers' list</source>
        <translation>选择评审人清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="141" />
        <source>Import the dossiers and the reviewers first.</source>
        <translation>请先导入案卷和评审人。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="145" />
        <source>Assign again</source>
        <translation>重新分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="147" />
        <source>Assigning again replaces the automatic pairs. Pairs made by hand and reviews already started are kept. Go on?</source>
        <translation>重新分配会替换自动分配的结果，手动分配和已开始的评查会保留。继续吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="164" />
        <source>Cross-reviewers without a region (the rule cannot be checked): {names}</source>
        <translation>未填写地区的交叉评审人（无法核对回避规则）：{names}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="169" />
        <source>Assigned with the seed {seed}: {added} pairs made, {kept} kept.</source>
        <translation>已用随机种子 {seed} 分配：新增 {added} 对，保留 {kept} 对。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="174" />
        <source>{count} dossiers are short of reviewers; see above the matrix.</source>
        <translation>{count} 份案卷评审人不足；请查看矩阵上方。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="179" />
        <source>The assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="194" />
        <source>{reviewer} may not review {case}: {why}. Write why they should all the same.</source>
        <translation>{reviewer} 不应评查 {case}：{why}。请写明仍然分配的理由。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="197" />
        <source>Give {case} to {reviewer}. Why (optional)?</source>
        <translation>把 {case} 分配给 {reviewer}。理由（选填）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="198" />
        <source>Assign by hand</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="205" />
        <source>{case} is now assigned to {reviewer} by hand.</source>
        <translation>{case} 已手动分配给 {reviewer}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="209" />
        <source>Assigning by hand</source>
        <translation>正在手动分配</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="224" />
        <source>Take a dossier away</source>
        <translation>收回案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="226" />
        <source>Take {case} away from {reviewer}? The automatic assignment will not give it back. Why (optional)?</source>
        <translation>从 {reviewer} 收回 {case}？自动分配不会再分给他。理由（选填）？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="233" />
        <source>Taking the dossier away</source>
        <translation>正在收回案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="236" />
        <source>{case} was taken away from {reviewer}.</source>
        <translation>已从 {reviewer} 收回 {case}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="253" />
        <source>just now</source>
        <translation>刚才</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="256" />
        <source>Last automatic assignment: seed {seed} ({when}). Enter the same seed to repeat it. Cross-reviewers never get dossiers of their own region or unit.</source>
        <translation>上次自动分配：随机种子 {seed}（{when}）。输入相同的种子可重复分配。交叉评审人不会分到本地区或本单位的案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="261" />
        <source>Not assigned yet. Cross-reviewers never get dossiers of their own region or unit.</source>
        <translation>尚未分配。交叉评审人不会分到本地区或本单位的案卷。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="265" />
        <source>Short of reviewers: {list}</source>
        <translation>评审人不足：{list}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="278" />
        <source>not bound (expert)</source>
        <translation>不受限制（专家）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="280" />
        <source>no region: cannot be checked</source>
        <translation>未填写地区：无法核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="283" />
        <source>{count} conflicts</source>
        <translation>{count} 处冲突</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="286" />
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/reviewers_page.py" line="299" />
        <source>Reviewers ({count})</source>
        <translation>评审人（{count}）</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="24" />
        <source>no dossiers (scored on the year's record)</source>
        <translation>无案卷（按全年记录评分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="28" />
        <source>{source} {type}: at least {count}</source>
        <translation>{source}{type}：至少 {count} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="30" />
        <source>{source} {type}: {count}</source>
        <translation>{source}{type}：{count} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="42" />
        <source>the dossier scores 0</source>
        <translation>案卷计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="44" />
        <source>the dossier scores 0 and {points} more off</source>
        <translation>案卷计 0 分，并另扣 {points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="47" />
        <source>the candidate's whole indicator scores 0</source>
        <translation>候选对象该项指标计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="61" />
        <source>From: {title} ({issuer}, {number})</source>
        <translation>依据：{title}（{issuer}，{number}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="65" />
        <source>What will be computed</source>
        <translation>计算内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="69" />
        <source>Candidates and their dossiers</source>
        <translation>候选对象及应报送的案卷</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="72" />
        <source>{kind} (ranked at {level}, full marks {points}): {dossiers}</source>
        <translation>{kind}（在{level}排名，满分 {points} 分）：{dossiers}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="81" />
        <source>Combining the scores</source>
        <translation>分数汇总方法</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="85" />
        <source>Dossier score = expert score − cross-review deduction, never below 0</source>
        <translation>案卷得分 = 专家评分 − 交叉评审扣分，最低为 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/ruleset_view.py" line="89" />
        <source>A penalty not published on the portal: the dossier scores 0</source>
        <translation>处罚情况未在门户网站公开的，该案卷计 0 分</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <location filename="../../app/ui/scoring.py" line="147" />
        <location filename="../../app/ui/scoring.py" line="153" />
        <source>Open the dossier's PDF first.</source>
        <translation>请先打开案卷的 PDF。</translation>
    </message>
    <message>
        <location filename="../../app/ui/scoring.py" line="158" />
        <source>Drag a box round the evidence on the page (Esc cancels).</source>
        <translation>在页面上拖出方框框选证据（Esc 取消）。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="39" />
        <source>Dossier review panel — chair</source>
        <translation>案卷评查——评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="42" />
        <source>Build a panel from the candidates', dossiers' and reviewers' lists, give each reviewer a package on a USB stick, merge the files they bring back, settle the disagreements, and export and print the results. Everything stays on this computer.</source>
        <translation>根据候选对象、案卷和评审人清单建立评查面板，用 U 盘给每位评审人分发评审包，合并他们交回的文件，裁定分歧，导出并打印结果。所有数据都只保存在本机。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="47" />
        <source>New panel</source>
        <translation>新建评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="47" />
        <source>Choose the rule set and the campaign; then import the lists</source>
        <translation>选择评查规则和活动期间，然后导入清单</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="50" />
        <source>Open a panel</source>
        <translation>打开评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="50" />
        <source>Continue with a panel file (.dpanel)</source>
        <translation>继续处理评查面板文件 (.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/overview_page.py" line="58" />
        <source>Opened lately (double-click to open)</source>
        <translation>最近打开（双击打开）</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../app/ui/start_screen.py" line="65" />
        <location filename="../../app/ui/start_screen.py" line="68" />
        <source>Dossier Panel</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="74" />
        <source>Review of enforcement case dossiers, on this computer, without a network.</source>
        <translation>执法案卷评查：在本机进行，无需联网。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="80" />
        <location filename="../../app/ui/start_screen.py" line="170" />
        <source>Open a reviewer package</source>
        <translation>打开评审包</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="81" />
        <source>The .dppkg file the panel chair gave you (on a USB stick). You score on this computer.</source>
        <translation>评审组长交给您的 .dppkg 文件（在 U 盘上）。在本机评分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="85" />
        <location filename="../../app/ui/start_screen.py" line="176" />
        <source>Open a panel</source>
        <translation>打开评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="86" />
        <source>For the panel chair: a .dpanel file — packages, merging, results, printing.</source>
        <translation>供评审组长使用：.dpanel 文件——评审包、合并、结果、打印。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="90" />
        <source>New panel</source>
        <translation>新建评查面板</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="90" />
        <source>For the panel chair: start a review panel from a rule set.</source>
        <translation>供评审组长使用：按评查规则新建评查面板。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="93" />
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="94" />
        <source>A sample panel of synthetic dossiers; you score as expert E1. Nothing real is changed.</source>
        <translation>一个由虚构案卷组成的示例评查面板；您以专家 E1 的身份评分。不会改动任何真实数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="106" />
        <source>What would you like to do?</source>
        <translation>您要做什么？</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="116" />
        <source>Nothing opened yet.</source>
        <translation>尚未打开过任何文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="120" />
        <source>Opened lately</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="144" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="147" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="170" />
        <source>Reviewer packages (*.dppkg)</source>
        <translation>评审包 (*.dppkg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="176" />
        <source>Panels (*.dpanel)</source>
        <translation>评查面板 (*.dpanel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="215" />
        <source>chair</source>
        <translation>评审组长</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="217" />
        <source>reviewer {id}</source>
        <translation>评审人 {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_screen.py" line="219" />
        <source>reviewer</source>
        <translation>评审人</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../app/ui/look.py" line="40" />
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/look.py" line="42" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/look.py" line="43" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>TotalsHeader</name>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="95" />
        <source>Score {score} / {maximum}</source>
        <translation>得分 {score} / {maximum}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="102" />
        <source>Veto set: {vetoes}</source>
        <translation>已选否决项：{vetoes}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="104" />
        <source>{veto} ({effect})</source>
        <translation>{veto}（{effect}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="115" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="116" />
        <source>Reopen this dossier to change its scores (Ctrl+Shift+Enter)</source>
        <translation>重新打开本案卷以修改评分 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="118" />
        <source>Mark complete</source>
        <translation>完成评查</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist_panel.py" line="119" />
        <source>Check the dossier and mark it complete (Ctrl+Enter)</source>
        <translation>检查并标记本案卷评查完成 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../app/ui/undo.py" line="54" />
        <source>deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="66" />
        <source>removing a deduction</source>
        <translation>删除扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="79" />
        <source>evidence anchor</source>
        <translation>证据锚点</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="81" />
        <source>changing points</source>
        <translation>修改分值</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="102" />
        <source>veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="104" />
        <source>clearing a veto</source>
        <translation>取消否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="126" />
        <source>review note</source>
        <translation>评查意见</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo.py" line="140" />
        <source>item note</source>
        <translation>评查项备注</translation>
    </message>
</context>
<context>
    <name>Veto</name>
    <message>
        <location filename="../../app/ui/veto_box.py" line="29" />
        <source>Dossier scores 0, and {penalty} pts off the candidate</source>
        <translation>案卷计 0 分，并另扣候选对象 {penalty} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="33" />
        <source>The candidate's whole indicator scores 0</source>
        <translation>候选对象该项指标计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="34" />
        <source>Dossier scores 0</source>
        <translation>案卷计 0 分</translation>
    </message>
</context>
<context>
    <name>VetoBox</name>
    <message>
        <location filename="../../app/ui/veto_box.py" line="159" />
        <source>Vetoes and grave defects</source>
        <translation>否决项与严重问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="163" />
        <source>Tick only with a written reason.</source>
        <translation>勾选时须写明理由。</translation>
    </message>
</context>
<context>
    <name>VetoRow</name>
    <message>
        <location filename="../../app/ui/veto_box.py" line="47" />
        <source>Set or clear this veto ({key}); a written reason is required</source>
        <translation>设置或取消此否决项 ({key})；须写明理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="56" />
        <source>Edit reason</source>
        <translation>修改理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="57" />
        <source>Change the written reason of this veto</source>
        <translation>修改此否决项的书面理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="60" />
        <source>Reason for the veto (required)</source>
        <translation>否决理由（必填）</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="61" />
        <source>Set veto</source>
        <translation>确认否决</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="62" />
        <source>Save the veto with this reason (Enter)</source>
        <translation>以此理由保存否决项 (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="64" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="65" />
        <source>Leave the veto unset (Esc)</source>
        <translation>不设置否决项 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/veto_box.py" line="106" />
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="29" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="33" />
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="48" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="54" />
        <source>Expert</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="55" />
        <source>Cross-reviewer</source>
        <translation>交叉评审</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="60" />
        <source>randomly drawn</source>
        <translation>随机抽选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="61" />
        <source>recommended</source>
        <translation>推选</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="66" />
        <source>Must fix</source>
        <translation>必须处理</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="67" />
        <source>Check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="72" />
        <source>Mean of the experts' scores</source>
        <translation>专家评分的平均值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="73" />
        <source>Median of the experts' scores</source>
        <translation>专家评分的中位数</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="74" />
        <source>Mean without the highest and lowest (3 experts or more)</source>
        <translation>去掉最高分和最低分后的平均值（3 位专家以上）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="82" />
        <source>Mean of the cross-reviewers' deductions</source>
        <translation>交叉评审扣分的平均值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="83" />
        <source>The largest cross-review deduction</source>
        <translation>交叉评审扣分的最大值</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="84" />
        <source>Sum of the cross-review deductions</source>
        <translation>交叉评审扣分之和</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="90" />
        <source>questioner</source>
        <translation>询问人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="91" />
        <source>recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="92" />
        <source>inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="93" />
        <source>handling officer on the filing form</source>
        <translation>立案审批表上的承办人</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="100" />
        <source>veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="101" />
        <source>not published on the portal</source>
        <translation>未在门户网站公开</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="102" />
        <source>handed in under two categories</source>
        <translation>以两个类别重复报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="103" />
        <source>not handed in</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="126" />
        <source>the rules forbid this</source>
        <translation>规则不允许</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="128" />
        <source>one of them scores 0</source>
        <translation>其中一份计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="129" />
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="152" />
        <source>The candidate kind {kind} is not in the rule set</source>
        <translation>评查规则中没有候选类别 {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="156" />
        <source>The level {level} is not in the rule set</source>
        <translation>评查规则中没有层级 {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="158" />
        <source>Entered at level {level}, but a {kind} is ranked at level {kind_level}</source>
        <translation>按{level}报送，但{kind}应在{kind_level}排名</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="166" />
        <source>No dossier handed in yet ({expected} required)</source>
        <translation>尚未报送案卷（需 {expected} 份）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="171" />
        <source>Missing {missing}: {type} ({source}) needs {expected}, has {found}</source>
        <translation>缺少 {missing} 份：{type}（{source}）需 {expected} 份，现有 {found} 份</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="175" />
        <source>Too many {type} ({source}): {expected} required, {found} handed in ({cases})</source>
        <translation>{type}（{source}）过多：需 {expected} 份，报送了 {found} 份（{cases}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="185" />
        <source>The dossier belongs to no candidate of this panel</source>
        <translation>案卷不属于本面板的任何候选对象</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="187" />
        <source>The dossier type {type} is not in the rule set</source>
        <translation>评查规则中没有案卷类型 {type}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="191" />
        <source>A {kind} hands in no {type} ({source}) dossiers</source>
        <translation>{kind}不报送{type}（{source}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="195" />
        <source>No closing date (the campaign runs {start} to {end})</source>
        <translation>没有结案日期（活动期间为 {start} 至 {end}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="199" />
        <source>Closed on {closing}, outside the campaign ({start} to {end})</source>
        <translation>结案于 {closing}，不在活动期间（{start} 至 {end}）内</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="205" />
        <source>No case number</source>
        <translation>没有案卷编号</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="207" />
        <source>The same case is handed in twice in the same category (also dossier {others})</source>
        <translation>同一案件在同一类别中报送了两次（另见案卷 {others}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="211" />
        <source>The same case is handed in under two categories (also dossier {others}): {rule}</source>
        <translation>同一案件以两个类别报送（另见案卷 {others}）：{rule}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="215" />
        <source>The same case is also used by the individual {others}: {rule}</source>
        <translation>同一案件也被个人 {others} 使用：{rule}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="219" />
        <source>The same case is also used by {others}: {rule}</source>
        <translation>同一案件也被 {others} 使用：{rule}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="223" />
        <source>No handling officers entered, so {officer} cannot be checked</source>
        <translation>未填写承办人员，无法核对 {officer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="229" />
        <source>{officer} is not recorded as {roles} (found as: {found})</source>
        <translation>{officer} 未记载为{roles}（记载为：{found}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="231" />
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="232" />
        <source>not among the officers</source>
        <translation>不在承办人员中</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="235" />
        <source>; this dossier scores 0</source>
        <translation>；该案卷计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="242" />
        <source>own region</source>
        <translation>本地区</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="243" />
        <source>own unit</source>
        <translation>本单位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="244" />
        <source>removed by the chair</source>
        <translation>已被评审组长移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="251" />
        <source>{reviewer} would review a dossier of their own unit ({value})</source>
        <translation>{reviewer} 将评查本单位的案卷（{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="254" />
        <source>{reviewer} would review a dossier from their own region ({value})</source>
        <translation>{reviewer} 将评查本地区的案卷（{value}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="265" />
        <source>{dossier}: {assigned} of {needed} experts</source>
        <translation>{dossier}：专家 {assigned} / {needed} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="269" />
        <source>{dossier}: {assigned} of {needed} cross-reviewers</source>
        <translation>{dossier}：交叉评审人 {assigned} / {needed} 位</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="273" />
        <source> — not allowed: {who}</source>
        <translation>——不允许：{who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="284" />
        <source>Mean {value} ({dossiers} dossiers, divided by {divisor})</source>
        <translation>平均 {value}（{dossiers} 份案卷，除以 {divisor}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="288" />
        <source>Scaled to {points} points: {value} (checklist out of {of})</source>
        <translation>折算为 {points} 分：{value}（评查表满分 {of}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="292" />
        <source>Pooled mean {value} ({own} own dossiers and {members} member units, divided by {divisor})</source>
        <translation>合并平均 {value}（本级 {own} 份案卷和 {members} 个下属单位，除以 {divisor}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="297" />
        <source>{label}: {value} (mean {mean}, divided by {divisor}, worth {points} points)</source>
        <translation>{label}：{value}（平均 {mean}，除以 {divisor}，占 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="308" />
        <source>Dossier {dossier}: {value} ({points} points per dossier)</source>
        <translation>案卷 {dossier}：{value}（每份案卷 {points} 分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="312" />
        <source>{label}: {value} ({count} times, at most {max})</source>
        <translation>{label}：{value}（{count} 次，最多 {max}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="316" />
        <source>Base score {value}</source>
        <translation>基础分 {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="318" />
        <source>{label} × {count}: {value}</source>
        <translation>{label} × {count}：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="322" />
        <source>{label} ({count} times): the indicator scores 0</source>
        <translation>{label}（{count} 次）：该指标计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="326" />
        <source>Kept between {floor} and {cap}: {value}</source>
        <translation>限定在 {floor} 至 {cap} 之间：{value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="330" />
        <source>Veto: the indicator scores 0</source>
        <translation>否决：该指标计 0 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="332" />
        <source>Grave defect: {points} more off</source>
        <translation>严重问题：另扣 {points} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="341" />
        <source>Experts' totals far apart</source>
        <translation>专家总分相差过大</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="342" />
        <source>Experts disagree on a veto</source>
        <translation>专家对否决项意见不一</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="343" />
        <source>Experts disagree on an item</source>
        <translation>专家对评查项意见不一</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="344" />
        <source>Possibly deducted twice</source>
        <translation>可能重复扣分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="352" />
        <source>Highest {high}, lowest {low}: {spread} apart (threshold {threshold})</source>
        <translation>最高 {high}，最低 {low}：相差 {spread}（阈值 {threshold}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="363" />
        <source>Veto marked by {yes}; not by {no}</source>
        <translation>{yes} 标记了否决项；{no} 未标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="366" />
        <source>Points off: {taken} (item worth {maximum})</source>
        <translation>扣分：{taken}（该项分值 {maximum}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="369" />
        <source>Experts took off {expert}; cross-reviewers took off {cross} more</source>
        <translation>专家扣 {expert} 分；交叉评审另扣 {cross} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="373" />
        <source> ({rejected} rejected)</source>
        <translation>（驳回 {rejected} 条）</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="380" />
        <source>Settled</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <location filename="../../app/ui/chair/wording.py" line="380" />
        <source>Open</source>
        <translation>未解决</translation>
    </message>
</context>
</TS>